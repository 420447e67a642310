import { requireRequestActor } from "@/lib/auth/current-actor";
import { setPointStatus, type CurrentStatus } from "@/lib/data/statuses/set-point-status";
import { ConflictError } from "@/lib/errors";
import { jsonResponse, jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { statusInputSchema } from "@/lib/stances/stance-input";

/**
 * POST /api/statuses — marks a point's status in its version (body: the fields of
 * `statusInputSchema`). 201 with the status; 400 with field errors; 409 with the current
 * status when `baseStatusId` is stale; 401/403 without an analyst's session or token.
 */
export const POST = jsonRoute(async (request) => {
  const actor = await requireRequestActor(request, "analyst");
  const input = await readJsonBody(request, statusInputSchema, { maxBytes: 16 * 1024 });
  try {
    const status = await setPointStatus(actor, input);
    return jsonResponse(
      {
        status: {
          id: status.id,
          versionId: status.versionId,
          pointId: status.pointId,
          status: status.status,
          note: status.note,
          createdAt: status.createdAt.toISOString(),
          createdById: status.createdById,
        },
      },
      { status: 201 },
    );
  } catch (error) {
    if (error instanceof ConflictError) {
      const current = (error as ConflictError<CurrentStatus | null>).current;
      return jsonResponse(
        { error: { code: "conflict", message: error.message }, current: current && { ...current, createdAt: current.createdAt.toISOString() } },
        { status: 409 },
      );
    }
    throw error;
  }
});
