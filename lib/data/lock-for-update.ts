import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Serialises writers of the same record within their transactions (a Postgres
 * transaction-level advisory lock on a hash of `key`). Two analysts saving the same
 * cell then read and compare the current value one after the other, so the second
 * sees the first's row and gets a conflict instead of silently overwriting it.
 */
export async function lockForUpdate(tx: Prisma.TransactionClient, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}
