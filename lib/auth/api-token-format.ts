import { createHash, randomBytes } from "node:crypto";

/**
 * Personal API tokens: "dw_" + 32 random bytes (base64url). They carry 256 bits of
 * entropy, so a single SHA-256 is enough to store them: nobody can guess back from
 * the hash, and looking a token up by its hash stays one indexed query.
 */

export const TOKEN_PREFIX = "dw_";
const TOKEN_PATTERN = /^dw_[A-Za-z0-9_-]{43}$/;
const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 8;

export function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, SHOWN_PREFIX_LENGTH) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function looksLikeApiToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** The token of an `Authorization: Bearer <token>` header; null when there is no bearer header. */
export function bearerToken(headers: Headers): string | null {
  const header = headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? "";
}
