import "server-only";
import { z } from "zod";
import { generateApiToken } from "@/lib/auth/api-token-format";
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Database } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { invalidInput } from "@/lib/validation/invalid-input";

export const MAX_ACTIVE_TOKENS = 20;

export const createApiTokenSchema = z.object({
  name: z
    .string({ error: "Name the token (e.g. “CI import”)." })
    .trim()
    .min(1, { error: "Name the token (e.g. “CI import”)." })
    .max(80, { error: "Use at most 80 characters." }),
});

export interface CreatedApiToken {
  id: string;
  name: string;
  prefix: string;
  /** The token itself: shown once, never stored. */
  token: string;
}

/** A new personal token for `userId`; only its SHA-256 is stored. Audited as `token.create` by `actorId`. */
export async function createApiToken(
  owner: { userId: string },
  input: z.input<typeof createApiTokenSchema>,
  audit: { actorId: string | null; reason?: string },
  db: Database = getDb(),
): Promise<CreatedApiToken> {
  const parsed = createApiTokenSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { token, tokenHash, prefix } = generateApiToken();
  return db.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId: owner.userId, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS) {
      throw new InvalidInputError("Check the highlighted fields.", {
        name: [`You already have ${MAX_ACTIVE_TOKENS} active tokens. Revoke one you no longer use.`],
      });
    }
    const row = await tx.apiToken.create({
      data: { userId: owner.userId, name: parsed.data.name, tokenHash, prefix },
      select: { id: true, name: true, prefix: true },
    });
    await tx.auditEntry.create({
      data: {
        actorId: audit.actorId,
        action: "token.create",
        entityType: "api_token",
        entityId: row.id,
        after: { name: row.name, prefix: row.prefix, userId: owner.userId },
        reason: audit.reason ?? null,
      },
    });
    return { ...row, token };
  });
}

/** The actor's own new token (the account page and the JSON API). */
export function createOwnApiToken(actor: Actor, input: z.input<typeof createApiTokenSchema>, db: Database = getDb()) {
  return createApiToken({ userId: actor.userId }, input, { actorId: actor.userId }, db);
}
