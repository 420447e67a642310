import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Database } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

const tokenIdSchema = z.uuid();

/** Revokes one of the actor's own tokens; audited as `token.revoke`. Other people's tokens are "not found". */
export async function revokeApiToken(actor: Actor, tokenId: string, db: Database = getDb()) {
  if (!tokenIdSchema.safeParse(tokenId).success) throw new NotFoundError("There is no such token.");
  return db.$transaction(async (tx) => {
    const now = new Date();
    const revoked = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: actor.userId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (revoked.count !== 1) throw new NotFoundError("There is no such active token.");
    const token = await tx.apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: { name: true, prefix: true } });
    await tx.auditEntry.create({
      data: {
        actorId: actor.userId,
        action: "token.revoke",
        entityType: "api_token",
        entityId: tokenId,
        before: { revokedAt: null },
        after: { revokedAt: now.toISOString(), name: token.name, prefix: token.prefix },
      },
    });
    return { id: tokenId, revokedAt: now };
  });
}
