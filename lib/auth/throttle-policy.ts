/**
 * Sign-in throttling. Failures are counted per account ("account:<email>") and per
 * address ("address:<ip>") in a fixed window; reaching the limit locks that key
 * until the lock runs out. A correct password clears the account's counter, never
 * the address's (one valid account must not unlock guessing at others).
 */

export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

const MINUTE = 60_000;

export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

export function accountKey(email: string): string {
  return `account:${normalizeEmail(email)}`;
}

export function addressKey(address: string): string {
  return `address:${address}`;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Whole minutes until `lockedUntil`, at least 1. */
export function minutesUntil(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / MINUTE));
}
