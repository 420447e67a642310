import "server-only";
import type { ThrottleRule } from "@/lib/auth/throttle-policy";
import { getDb, type Database } from "@/lib/db";

export interface ThrottledKey {
  key: string;
  rule: ThrottleRule;
}

/** The latest lock still running on any of `keys`, or null. */
export async function findSignInLock(keys: string[], now: Date, db: Database = getDb()): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } }, select: { lockedUntil: true } });
  const until = rows.map((row) => row.lockedUntil?.getTime() ?? 0);
  return until.length > 0 ? new Date(Math.max(...until)) : null;
}

/**
 * Counts one failed sign-in against each key, atomically (one upsert per key, so
 * concurrent failures all count). Returns the latest lock this failure set or
 * extended, or null when no key is locked.
 */
export async function recordSignInFailure(keys: ThrottledKey[], now: Date, db: Database = getDb()): Promise<Date | null> {
  let lockedUntil: Date | null = null;
  for (const { key, rule } of keys) {
    const windowFloor = new Date(now.getTime() - rule.windowMs);
    const lockEnd = new Date(now.getTime() + rule.lockMs);
    const rows = await db.$queryRaw<{ lockedUntil: Date | null }[]>`
      INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
      VALUES (${key}, 1, ${now}, CASE WHEN 1 >= ${rule.maxFailures} THEN ${lockEnd}::timestamp ELSE NULL END, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."windowStart" < ${windowFloor} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${windowFloor} THEN ${now} ELSE "SignInThrottle"."windowStart" END,
        "lockedUntil" = CASE
          WHEN (CASE WHEN "SignInThrottle"."windowStart" < ${windowFloor} THEN 1 ELSE "SignInThrottle"."failures" + 1 END) >= ${rule.maxFailures}
            THEN ${lockEnd}::timestamp
          ELSE "SignInThrottle"."lockedUntil"
        END,
        "updatedAt" = ${now}
      RETURNING "lockedUntil"`;
    const until = rows[0]?.lockedUntil ?? null;
    if (until && until > now && (!lockedUntil || until > lockedUntil)) lockedUntil = until;
  }
  return lockedUntil;
}

/** Forgets an account's failures after a correct password. */
export async function clearSignInFailures(key: string, db: Database = getDb()): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}

/** Drops counters nobody has touched for a day (they no longer lock anything). */
export async function pruneSignInThrottles(now: Date, db: Database = getDb()): Promise<number> {
  const result = await db.signInThrottle.deleteMany({
    where: { updatedAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });
  return result.count;
}
