import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "./roles";

/**
 * The rows of a new user with a password: User, the credential Account Better Auth
 * signs in against, and the audit row, written inside the caller's transaction.
 * Free of "server-only" so `npm start` (ensureFirstAdmin) can use it outside Next.
 */
export interface NewUserRecord {
  name: string;
  email: string;
  role: Role;
  passwordHash: string;
}

export async function insertUserWithPassword(
  tx: Prisma.TransactionClient,
  record: NewUserRecord,
  audit: { actorId: string | null; reason?: string | null },
) {
  const id = randomUUID();
  const user = await tx.user.create({
    data: { id, name: record.name, email: record.email, role: record.role, emailVerified: true },
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
  await tx.account.create({
    data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: record.passwordHash },
  });
  await tx.auditEntry.create({
    data: {
      actorId: audit.actorId,
      action: "user.create",
      entityType: "user",
      entityId: id,
      after: { name: user.name, email: user.email, role: user.role },
      reason: audit.reason ?? null,
    },
  });
  return user;
}
