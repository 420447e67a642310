import { getRequestActor } from "@/lib/auth/current-actor";
import { UnauthorizedError } from "@/lib/errors";
import { jsonResponse, jsonRoute } from "@/lib/http/json-route";

/** GET /api/me — who the session cookie or the bearer token stands for; 401 when nobody. */
export const GET = jsonRoute(async (request) => {
  const actor = await getRequestActor(request);
  if (!actor) throw new UnauthorizedError("Not signed in and no valid API token.");
  return jsonResponse({ user: { id: actor.userId, name: actor.name, email: actor.email, role: actor.role }, via: actor.via });
});
