import { hashPassword as scryptHash, verifyPassword as scryptVerify } from "better-auth/crypto";
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";

/**
 * Passwords are hashed with scrypt (memory-hard; N=16384, r=16, p=1, 16-byte salt)
 * by the authentication library, in its "salt:key" hex format, so sign-in verifies
 * what the CLI, the admin page and the account page store.
 */

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

export const newPasswordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN_LENGTH, { error: `Use at least ${PASSWORD_MIN_LENGTH} characters.` })
  .max(PASSWORD_MAX_LENGTH, { error: `Use at most ${PASSWORD_MAX_LENGTH} characters.` });

export function hashPassword(password: string): Promise<string> {
  return scryptHash(password);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await scryptVerify({ hash, password });
  } catch {
    return false;
  }
}
