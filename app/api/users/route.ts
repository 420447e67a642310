import { requireRequestActor } from "@/lib/auth/current-actor";
import { createUser, createUserSchema } from "@/lib/data/users/create-user";
import { listUsers } from "@/lib/data/users/list-users";
import { jsonResponse, jsonRoute, readJsonBody } from "@/lib/http/json-route";

/** GET /api/users — every user (admins only). */
export const GET = jsonRoute(async (request) => {
  await requireRequestActor(request, "admin");
  const users = await listUsers();
  return jsonResponse({ users });
});

/** POST /api/users `{ name, email, role, password }` — creates a user (admins only; tokens welcome for provisioning scripts). */
export const POST = jsonRoute(async (request) => {
  const actor = await requireRequestActor(request, "admin");
  const body = await readJsonBody(request, createUserSchema, { maxBytes: 4 * 1024 });
  const user = await createUser(body, { actorId: actor.userId });
  return jsonResponse({ user }, { status: 201 });
});
