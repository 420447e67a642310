import { ForbiddenError, UnauthorizedError } from "@/lib/errors";

/**
 * Who may do what. `reader` browses; `analyst` imports drafts, marks statuses and
 * stances, confirms alignment and writes notes; `admin` also manages users and
 * parties and deletes. Each role can do everything the roles below it can.
 */
export type Role = "reader" | "analyst" | "admin";

export const ROLES: readonly Role[] = ["reader", "analyst", "admin"];

const RANK: Record<Role, number> = { reader: 1, analyst: 2, admin: 3 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

/** The signed-in user behind a request, and how they proved it. */
export type Actor = {
  userId: string;
  name: string;
  email: string;
  role: Role;
  via: "session" | "token";
};

/** The actor, when present and at least `minimum`; otherwise a 401 or 403 domain error. */
export function assertRole(actor: Actor | null, minimum: Role): Actor {
  if (!actor) throw new UnauthorizedError("Sign in to do this.");
  if (!roleAtLeast(actor.role, minimum)) {
    throw new ForbiddenError(`This needs the ${minimum} role; your account has the ${actor.role} role.`);
  }
  return actor;
}

export const ROLE_LABELS: Record<Role, string> = { reader: "Reader", analyst: "Analyst", admin: "Admin" };
