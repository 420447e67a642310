import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Database } from "@/lib/db";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { assertAnotherActiveAdmin } from "./admin-guard";

/**
 * Deactivates a user: they can no longer sign in, their sessions end and their API
 * tokens are revoked; what they recorded stays attributed to them. Audited as
 * `user.deactivate`. An admin cannot deactivate themselves.
 */
export async function deactivateUser(actor: Actor, userId: string, db: Database = getDb()) {
  if (userId === actor.userId) throw new InvalidInputError("You cannot deactivate your own account.", { userId: ["This is you."] });
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, deactivatedAt: true } });
    if (!user) throw new NotFoundError("There is no such user.");
    if (user.deactivatedAt) throw new ConflictError("This user is already deactivated.", { deactivatedAt: user.deactivatedAt });
    if (user.role === "admin") await assertAnotherActiveAdmin(tx, user.id);
    const now = new Date();
    const updated = await tx.user.updateMany({ where: { id: userId, deactivatedAt: null }, data: { deactivatedAt: now } });
    if (updated.count !== 1) throw new ConflictError("Someone changed this user meanwhile. Reload and try again.", null);
    const sessions = await tx.session.deleteMany({ where: { userId } });
    const tokens = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await tx.auditEntry.create({
      data: {
        actorId: actor.userId,
        action: "user.deactivate",
        entityType: "user",
        entityId: userId,
        before: { deactivatedAt: null },
        after: { deactivatedAt: now.toISOString(), sessionsEnded: sessions.count, tokensRevoked: tokens.count },
      },
    });
    return { id: userId, deactivatedAt: now };
  });
}

/** Lets a deactivated user sign in again (with their old password); audited as `user.reactivate`. */
export async function reactivateUser(actor: Actor, userId: string, db: Database = getDb()) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, deactivatedAt: true } });
    if (!user) throw new NotFoundError("There is no such user.");
    if (!user.deactivatedAt) throw new ConflictError("This user is already active.", { deactivatedAt: null });
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: null } });
    await tx.auditEntry.create({
      data: {
        actorId: actor.userId,
        action: "user.reactivate",
        entityType: "user",
        entityId: userId,
        before: { deactivatedAt: user.deactivatedAt.toISOString() },
        after: { deactivatedAt: null },
      },
    });
    return { id: userId };
  });
}
