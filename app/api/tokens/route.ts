import { requireRequestActor } from "@/lib/auth/current-actor";
import { createApiTokenSchema, createOwnApiToken } from "@/lib/data/tokens/create-api-token";
import { listApiTokens } from "@/lib/data/tokens/list-api-tokens";
import { jsonResponse, jsonRoute, readJsonBody } from "@/lib/http/json-route";

/** GET /api/tokens — the caller's own tokens (never their hashes). */
export const GET = jsonRoute(async (request) => {
  const actor = await requireRequestActor(request, "reader");
  const tokens = await listApiTokens(actor.userId);
  return jsonResponse({ tokens });
});

/**
 * POST /api/tokens `{ "name": "CI import" }` — a new personal token, returned once.
 * Needs a signed-in analyst: a token cannot mint further tokens.
 */
export const POST = jsonRoute(async (request) => {
  const actor = await requireRequestActor(request, "analyst", { sessionOnly: true });
  const body = await readJsonBody(request, createApiTokenSchema, { maxBytes: 4 * 1024 });
  const created = await createOwnApiToken(actor, body);
  return jsonResponse({ token: created }, { status: 201 });
});
