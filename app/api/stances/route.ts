import { requireRequestActor } from "@/lib/auth/current-actor";
import { recordStance, type CurrentStance } from "@/lib/data/stances/record-stance";
import { ConflictError } from "@/lib/errors";
import { jsonResponse, jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { stanceInputSchema } from "@/lib/stances/stance-input";

/**
 * POST /api/stances — records a party's stance (body: the fields of `stanceInputSchema`).
 * 201 with the stance; 400 with field errors; 409 with the cell's current stance when
 * `baseStanceId` is stale; 401/403 without an analyst's session or token.
 */
export const POST = jsonRoute(async (request) => {
  const actor = await requireRequestActor(request, "analyst");
  const input = await readJsonBody(request, stanceInputSchema, { maxBytes: 32 * 1024 });
  try {
    const stance = await recordStance(actor, input);
    return jsonResponse(
      {
        stance: {
          id: stance.id,
          partyId: stance.partyId,
          versionId: stance.versionId,
          pointId: stance.pointId,
          position: stance.position,
          summary: stance.summary,
          quote: stance.quote,
          statedOn: stance.statedOn.toISOString().slice(0, 10),
          note: stance.note,
          recordedAt: stance.recordedAt.toISOString(),
          recordedById: stance.recordedById,
        },
      },
      { status: 201 },
    );
  } catch (error) {
    if (error instanceof ConflictError) {
      const current = (error as ConflictError<CurrentStance | null>).current;
      return jsonResponse({ error: { code: "conflict", message: error.message }, current }, { status: 409 });
    }
    throw error;
  }
});
