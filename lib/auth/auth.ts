import "server-only";
import { randomUUID } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { getDb, type Database } from "@/lib/db";
import { env } from "@/lib/env";
import { resolveAuthSecret } from "./auth-secret";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./passwords";

/**
 * Better Auth, used for what it does well: verifying passwords (scrypt), creating
 * sessions in PostgreSQL, signing and reading the session cookie, signing out.
 * Its HTTP endpoints are NOT mounted: sign-in and sign-out are server actions that
 * call `auth.api`, and users, passwords and tokens are written by lib/data so that
 * each write carries its audit row in the same transaction.
 */

export const SESSION_COOKIE_PREFIX = "draftwatch";
export const SESSION_LIFETIME_SECONDS = 7 * 24 * 60 * 60;
const SESSION_REFRESH_AFTER_SECONDS = 24 * 60 * 60;

function createAuth(db: Database) {
  return betterAuth({
    appName: "Draftwatch",
    secret: resolveAuthSecret(),
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      autoSignIn: false,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
    },
    session: { expiresIn: SESSION_LIFETIME_SECONDS, updateAge: SESSION_REFRESH_AFTER_SECONDS },
    user: {
      additionalFields: {
        role: { type: "string", required: false, input: false, defaultValue: "reader" },
        deactivatedAt: { type: "date", required: false, input: false },
      },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated user keeps their password row but gets no new session.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { deactivatedAt: true } });
            return user && !user.deactivatedAt ? undefined : false;
          },
        },
      },
    },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: env().DRAFTWATCH_SECURE_COOKIES,
      database: { generateId: () => randomUUID() },
    },
    telemetry: { enabled: false },
    // Its per-attempt warnings ("Invalid password", "Base URL is not set") are noise here:
    // failures are counted by the sign-in throttle, and no URL-based feature is used.
    logger: { level: "error" },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { draftwatchAuth?: Auth };

/** The one Better Auth instance of this process, created on first use (not at build time). */
export function getAuth(): Auth {
  globalForAuth.draftwatchAuth ??= createAuth(getDb());
  return globalForAuth.draftwatchAuth;
}
