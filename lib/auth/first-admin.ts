import { randomBytes } from "node:crypto";
import type { Database } from "@/lib/db";
import { hashPassword } from "./passwords";
import { insertUserWithPassword } from "./user-record";

export const FIRST_ADMIN_EMAIL = "admin@draftwatch.local";

/**
 * First start on the embedded database: when there is no user at all, creates the
 * admin `admin@draftwatch.local` with a random one-time password and prints it
 * once. Returns the credentials it created, or null when users already exist.
 * Never used with DATABASE_URL: there the first admin comes from `npm run user:create`.
 */
export async function ensureFirstAdmin(
  db: Database,
  options: { log?: (message: string) => void } = {},
): Promise<{ email: string; password: string } | null> {
  const log = options.log ?? console.log;
  if ((await db.user.count()) > 0) return null;
  const password = randomBytes(18).toString("base64url");
  const passwordHash = await hashPassword(password);
  const created = await db.$transaction(async (tx) => {
    // One start at a time: a second concurrent start waits here and then sees the admin.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('draftwatch.first-admin'))`;
    if ((await tx.user.count()) > 0) return false;
    await insertUserWithPassword(
      tx,
      { name: "Administrator", email: FIRST_ADMIN_EMAIL, role: "admin", passwordHash },
      { actorId: null, reason: "first start on the embedded database" },
    );
    return true;
  });
  if (!created) return null;
  const rule = "=".repeat(72);
  log(
    [
      "",
      rule,
      "  First start: created the administrator account.",
      `    email:    ${FIRST_ADMIN_EMAIL}`,
      `    password: ${password}`,
      "  This password is shown only now. Sign in and change it under Account (/account).",
      rule,
      "",
    ].join("\n"),
  );
  return { email: FIRST_ADMIN_EMAIL, password };
}
