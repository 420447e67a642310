import { requireRequestActor } from "@/lib/auth/current-actor";
import { revokeApiToken } from "@/lib/data/tokens/revoke-api-token";
import { jsonResponse, jsonRoute } from "@/lib/http/json-route";

/** DELETE /api/tokens/:id — revokes one of the caller's own tokens (a token may revoke itself). */
export const DELETE = jsonRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireRequestActor(request, "reader");
  const { id } = await params;
  const revoked = await revokeApiToken(actor, id);
  return jsonResponse({ token: { id: revoked.id, revokedAt: revoked.revokedAt.toISOString() } });
});
