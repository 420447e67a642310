import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { hashApiToken, generateApiToken } from "@/lib/auth/api-token-format";
import { hashPassword } from "@/lib/auth/passwords";
import type { Role } from "@/lib/auth/roles";
import { insertUserWithPassword } from "@/lib/auth/user-record";
import { createDatabase, type Database } from "@/lib/db";

/**
 * Browser tests create their own users in the app's database (E2E_DATABASE_URL, set
 * by playwright.config.ts) with the app's own code, each with a unique email.
 */

let database: Database | undefined;

export function e2eDb(): Database {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the browser tests through `npm run test:e2e`.");
  database ??= createDatabase(url);
  return database;
}

export interface E2EUser {
  id: string;
  name: string;
  email: string;
  password: string;
  role: Role;
}

export async function createUser(role: Role, overrides: { name?: string } = {}): Promise<E2EUser> {
  const suffix = randomUUID().slice(0, 8);
  const email = `e2e-${role}-${suffix}@example.org`;
  const name = overrides.name ?? `E2E ${role} ${suffix}`;
  const password = `e2e password ${suffix}`;
  const passwordHash = await hashPassword(password);
  const user = await e2eDb().$transaction((tx) => insertUserWithPassword(tx, { name, email, role, passwordHash }, { actorId: null, reason: "e2e test" }));
  return { id: user.id, name, email, password, role };
}

/** A working API token for `user`, made directly in the database. */
export async function createToken(user: E2EUser, name = "e2e token"): Promise<string> {
  const { token, tokenHash, prefix } = generateApiToken();
  await e2eDb().apiToken.create({ data: { userId: user.id, name, tokenHash, prefix } });
  expect(hashApiToken(token)).toBe(tokenHash);
  return token;
}

/** Signs in through the sign-in page and waits to arrive at `expectPath`. */
export async function signIn(
  page: Page,
  user: Pick<E2EUser, "email" | "password">,
  options: { next?: string; expectPath?: string; onCurrentPage?: boolean } = {},
) {
  if (!options.onCurrentPage) await page.goto(options.next ? `/sign-in?next=${encodeURIComponent(options.next)}` : "/sign-in");
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(options.expectPath ?? options.next ?? "/")}$`));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An address of its own for a test, so the per-address sign-in throttle of one test never blocks another. */
export function testAddress(): string {
  const n = () => Math.floor(Math.random() * 254) + 1;
  return `10.${n()}.${n()}.${n()}`;
}
