import "server-only";
import { getDb } from "@/lib/db";

export interface ApiTokenListItem {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A user's tokens, newest first; never their hashes. */
export async function listApiTokens(userId: string): Promise<ApiTokenListItem[]> {
  return getDb().apiToken.findMany({
    where: { userId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    take: 100,
  });
}
