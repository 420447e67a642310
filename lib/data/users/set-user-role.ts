import "server-only";
import { z } from "zod";
import { ROLES, type Actor, type Role } from "@/lib/auth/roles";
import { getDb, type Database } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertAnotherActiveAdmin } from "./admin-guard";
import { invalidInput } from "@/lib/validation/invalid-input";

const roleSchema = z.enum(ROLES as [Role, ...Role[]], { error: "Choose reader, analyst or admin." });

export const setUserRoleSchema = z.object({
  userId: z.string().min(1).max(64),
  role: roleSchema,
  // The role the admin saw; a change made meanwhile by someone else is not overwritten.
  expectedRole: roleSchema,
});

/** Changes a user's role; audited as `user.role`. Refuses to leave Draftwatch without an active admin. */
export async function setUserRole(
  actor: Actor,
  input: { [Field in keyof z.input<typeof setUserRoleSchema>]: unknown },
  db: Database = getDb(),
) {
  const parsed = setUserRoleSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { userId, role, expectedRole } = parsed.data;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, deactivatedAt: true } });
    if (!user) throw new NotFoundError("There is no such user.");
    if (user.role !== expectedRole) {
      throw new ConflictError(`Someone changed this user's role to ${user.role} meanwhile. Reload and try again.`, { role: user.role });
    }
    if (user.role === role) return { id: user.id, role };
    if (user.role === "admin" && !user.deactivatedAt) await assertAnotherActiveAdmin(tx, user.id);
    const updated = await tx.user.updateMany({ where: { id: userId, role: expectedRole }, data: { role } });
    if (updated.count !== 1) throw new ConflictError("Someone changed this user meanwhile. Reload and try again.", null);
    await tx.auditEntry.create({
      data: { actorId: actor.userId, action: "user.role", entityType: "user", entityId: userId, before: { role: user.role }, after: { role } },
    });
    return { id: userId, role };
  });
}
