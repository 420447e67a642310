import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError } from "@/lib/errors";

/**
 * Refuses a change that would leave no active admin. Locks the active admins' rows
 * first, so two admins demoting each other at once cannot both succeed.
 */
export async function assertAnotherActiveAdmin(tx: Prisma.TransactionClient, leavingUserId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'admin' AND "deactivatedAt" IS NULL FOR UPDATE`;
  if (!admins.some((admin) => admin.id !== leavingUserId)) {
    throw new ConflictError("Draftwatch needs at least one active admin. Make someone else an admin first.", { admins: admins.length });
  }
}
