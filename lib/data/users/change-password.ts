import "server-only";
import { z } from "zod";
import { hashPassword, newPasswordSchema, verifyPassword } from "@/lib/auth/passwords";
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Database } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { invalidInput } from "@/lib/validation/invalid-input";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, { error: "Enter your current password." }).max(1024),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(1024),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ["confirmPassword"], error: "The two new passwords differ." });

/**
 * Changes the actor's own password after checking the current one, and ends their
 * other sessions (every session but `keepSessionId`). Audited as `user.password`.
 */
export async function changePassword(
  actor: Actor,
  input: z.input<typeof changePasswordSchema>,
  options: { keepSessionId: string | null },
  db: Database = getDb(),
): Promise<{ sessionsEnded: number }> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { currentPassword, newPassword } = parsed.data;
  const account = await db.account.findFirst({
    where: { userId: actor.userId, providerId: "credential" },
    select: { id: true, password: true, updatedAt: true },
  });
  if (!account?.password || !(await verifyPassword(account.password, currentPassword))) {
    throw new InvalidInputError("Check the highlighted fields.", { currentPassword: ["This is not your current password."] });
  }
  if (currentPassword === newPassword) {
    throw new InvalidInputError("Check the highlighted fields.", { newPassword: ["Choose a password you have not been using."] });
  }
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    // The hash read above guards the write: a concurrent change makes this one fail.
    const updated = await tx.account.updateMany({ where: { id: account.id, password: account.password }, data: { password: passwordHash } });
    if (updated.count !== 1) {
      throw new InvalidInputError("Your password was changed meanwhile. Sign in again and retry.", { currentPassword: ["Changed meanwhile."] });
    }
    const ended = await tx.session.deleteMany({
      where: { userId: actor.userId, ...(options.keepSessionId ? { id: { not: options.keepSessionId } } : {}) },
    });
    await tx.auditEntry.create({
      data: {
        actorId: actor.userId,
        action: "user.password",
        entityType: "user",
        entityId: actor.userId,
        after: { via: actor.via, otherSessionsEnded: ended.count },
      },
    });
    return { sessionsEnded: ended.count };
  });
}
