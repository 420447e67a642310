import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findTokenActor } from "@/lib/data/tokens/find-token-actor";
import { ForbiddenError } from "@/lib/errors";
import { bearerToken } from "./api-token-format";
import { getAuth } from "./auth";
import { isSameOriginRequest, isUnsafeMethod } from "./origin-check";
import { signInPath } from "./safe-next-path";
import { assertRole, isRole, type Actor, type Role } from "./roles";

/**
 * THE authorisation checks. Convention (enforced by
 * tests/integration/authorization-matrix.test.ts, which discovers every mutation
 * from the code):
 *  - every server action lives in an `actions.ts` under app/ (with "use server"),
 *    and each exported function's FIRST statement is `await requireActor("<role>")`;
 *  - every route handler `app/**\/route.ts` exporting POST/PUT/PATCH/DELETE starts
 *    that handler with `await requireRequestActor(request, "<role>")`;
 *  - a mutation open to anyone (sign-in) starts with `publicMutation("why")` instead.
 */

interface SessionActor {
  actor: Actor;
  sessionId: string;
}

async function sessionActorFrom(requestHeaders: Headers): Promise<SessionActor | null> {
  const result = await getAuth().api.getSession({ headers: requestHeaders });
  if (!result) return null;
  const { user, session } = result;
  if (user.deactivatedAt || !isRole(user.role)) return null;
  return { actor: { userId: user.id, name: user.name, email: user.email, role: user.role, via: "session" }, sessionId: session.id };
}

const currentSession = cache(async (): Promise<SessionActor | null> => sessionActorFrom(await headers()));

/** The signed-in user of this request (session cookie), for server components and server actions. */
export async function getCurrentActor(): Promise<Actor | null> {
  return (await currentSession())?.actor ?? null;
}

/** The id of this request's session, e.g. to keep it when ending the user's other sessions. */
export async function getCurrentSessionId(): Promise<string | null> {
  return (await currentSession())?.sessionId ?? null;
}

/**
 * For pages that need a signed-in user: the actor, or a redirect to
 * `/sign-in?next=<path>` (also what an expired session gets). Roles are the page's call.
 */
export async function requireSignedIn(path: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath(path));
  return actor;
}

/** THE check for server actions: the signed-in actor with at least `minimum`, else 401/403 domain errors. */
export async function requireActor(minimum: Role): Promise<Actor> {
  return assertRole(await getCurrentActor(), minimum);
}

/**
 * The actor behind a route handler's request: an `Authorization: Bearer` API token
 * when the header is present (an unknown or revoked token is nobody, it does not
 * fall back to the cookie), otherwise the session cookie.
 */
export async function getRequestActor(request: Request): Promise<Actor | null> {
  const token = bearerToken(request.headers);
  if (token !== null) return token ? findTokenActor(token) : null;
  return (await sessionActorFrom(request.headers))?.actor ?? null;
}

export interface RequestActorOptions {
  /** Refuse API tokens: the change needs a signed-in person (e.g. minting a new token). */
  sessionOnly?: boolean;
}

/**
 * THE check for route handlers. Besides the role, a cookie-authenticated write
 * (POST/PUT/PATCH/DELETE) must come from this site's own pages (Origin check);
 * a token-authenticated request from a script carries no Origin and needs none.
 */
export async function requireRequestActor(request: Request, minimum: Role, options: RequestActorOptions = {}): Promise<Actor> {
  const actor = await getRequestActor(request);
  if (actor?.via === "session" && isUnsafeMethod(request.method) && !isSameOriginRequest(request.headers)) {
    throw new ForbiddenError("Cross-site request refused: this change must come from Draftwatch's own pages.");
  }
  if (options.sessionOnly && actor?.via === "token") {
    throw new ForbiddenError("API tokens cannot do this; sign in to Draftwatch instead.");
  }
  return assertRole(actor, minimum);
}

/**
 * Marks a mutation that anyone may call (signing in, signing out) in place of a role
 * check, so the authorisation matrix knows it is public on purpose. Does nothing.
 */
export function publicMutation(reason: string): void {
  void reason;
}
