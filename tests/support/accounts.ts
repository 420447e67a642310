import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/passwords";
import { insertUserWithPassword } from "@/lib/auth/user-record";
import type { Database } from "@/lib/db";

/**
 * Users for tests, created with the same code the app uses (scrypt hash, credential
 * account, audit row). Each gets a unique email; the password is returned.
 */
export const TEST_PASSWORD = "test-password-long-enough";

export interface TestUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  password: string;
}

export async function createTestUser(
  db: Database,
  role: Role,
  overrides: { name?: string; email?: string; password?: string } = {},
): Promise<TestUser> {
  const suffix = randomUUID().slice(0, 8);
  const email = overrides.email ?? `${role}-${suffix}@example.org`;
  const name = overrides.name ?? `Test ${role} ${suffix}`;
  const password = overrides.password ?? TEST_PASSWORD;
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction((tx) => insertUserWithPassword(tx, { name, email, role, passwordHash }, { actorId: null, reason: "test" }));
  return { id: user.id, name, email, role, password };
}

/** "a=1; b=2" from Set-Cookie headers (cookies being cleared are left out). */
export function cookieHeaderFrom(setCookies: string[]): string {
  return setCookies
    .map((line) => line.split(";")[0] ?? "")
    .filter((pair) => pair.includes("=") && !pair.endsWith("="))
    .join("; ");
}
