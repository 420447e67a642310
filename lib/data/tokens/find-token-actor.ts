import "server-only";
import { hashApiToken, looksLikeApiToken } from "@/lib/auth/api-token-format";
import { isRole, type Actor } from "@/lib/auth/roles";
import { getDb, type Database } from "@/lib/db";

const LAST_USED_PRECISION_MS = 60_000;

/** The actor a bearer token stands for, or null when it is unknown, revoked, or its user is deactivated. */
export async function findTokenActor(token: string, db: Database = getDb()): Promise<Actor | null> {
  if (!looksLikeApiToken(token)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, name: true, email: true, role: true, deactivatedAt: true } },
    },
  });
  if (!row || row.revokedAt || row.user.deactivatedAt || !isRole(row.user.role)) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { userId: row.user.id, name: row.user.name, email: row.user.email, role: row.user.role, via: "token" };
}
