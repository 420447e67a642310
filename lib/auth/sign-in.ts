import "server-only";
import { isAPIError } from "better-auth/api";
import { clearSignInFailures, findSignInLock, pruneSignInThrottles, recordSignInFailure } from "@/lib/data/sign-in/sign-in-throttle";
import { getAuth } from "./auth";
import { clientAddress } from "./client-address";
import { ACCOUNT_RULE, ADDRESS_RULE, accountKey, addressKey, minutesUntil, normalizeEmail } from "./throttle-policy";

export type SignInResult = { ok: true } | { ok: false; reason: "invalid" } | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/**
 * Signs in with email and password: refuses while the account or the address is
 * locked, lets Better Auth verify the password and create the session (its cookie
 * is set through next/headers), and counts failures. Every failure looks the same
 * to the caller: unknown email, wrong password and deactivated user alike.
 */
export async function signInWithPassword(input: { email: string; password: string; headers: Headers }): Promise<SignInResult> {
  const now = new Date();
  const email = normalizeEmail(input.email);
  const keys = [
    { key: accountKey(email), rule: ACCOUNT_RULE },
    { key: addressKey(clientAddress(input.headers)), rule: ADDRESS_RULE },
  ];
  const lock = await findSignInLock(
    keys.map((k) => k.key),
    now,
  );
  if (lock) return { ok: false, reason: "throttled", retryAfterMinutes: minutesUntil(lock, now) };

  try {
    await getAuth().api.signInEmail({ body: { email, password: input.password, rememberMe: true }, headers: input.headers });
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const lockedUntil = await recordSignInFailure(keys, now);
    if (Math.random() < 0.05) await pruneSignInThrottles(now);
    return lockedUntil ? { ok: false, reason: "throttled", retryAfterMinutes: minutesUntil(lockedUntil, now) } : { ok: false, reason: "invalid" };
  }
  await clearSignInFailures(accountKey(email));
  return { ok: true };
}

/** Ends the session of `headers` (and clears its cookie through next/headers); a missing session is fine. */
export async function signOutSession(headers: Headers): Promise<void> {
  try {
    await getAuth().api.signOut({ headers });
  } catch (error) {
    if (!isAPIError(error)) throw error;
  }
}
