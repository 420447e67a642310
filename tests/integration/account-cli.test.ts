import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashApiToken } from "@/lib/auth/api-token-format";
import { verifyPassword } from "@/lib/auth/passwords";
import { createDatabase, type Database } from "@/lib/db";
import { uniqueSuffix } from "../support/factories";

/** `npm run user:create` and `npm run token:create`, run as a person or CI would. */

const ROOT = path.resolve(import.meta.dirname, "../..");
let db: Database;
beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL as string);
});
afterAll(async () => {
  await db.$disconnect();
});

function npmRun(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync("npm", ["run", "-s", script, "--", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input: "",
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, DRAFTWATCH_USER_PASSWORD: "", ...env },
    timeout: 60_000,
  });
}

describe("account commands", () => {
  it("user:create makes an admin from DRAFTWATCH_USER_PASSWORD; token:create prints only a working token", async () => {
    const email = `cli-admin-${uniqueSuffix()}@example.org`;
    const created = npmRun("user:create", ["--email", email, "--name", "CLI Admin", "--role", "admin"], {
      DRAFTWATCH_USER_PASSWORD: "a password from the environment",
    });
    expect(created.stderr).not.toMatch(/error/i);
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(`Created admin ${email}`);
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { accounts: true } });
    expect(user).toMatchObject({ name: "CLI Admin", role: "admin" });
    expect(await verifyPassword(user.accounts[0]!.password!, "a password from the environment")).toBe(true);

    const token = npmRun("token:create", ["--email", email, "--name", "CI"]);
    expect(token.status).toBe(0);
    const printed = token.stdout.trim();
    expect(printed).toMatch(/^dw_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(printed) } });
    expect(row).toMatchObject({ userId: user.id, name: "CI", revokedAt: null });
  });

  it("refuse what they cannot do, with a message and exit code 1", () => {
    const noPassword = npmRun("user:create", ["--email", `cli-${uniqueSuffix()}@example.org`]);
    expect(noPassword.status).toBe(1);
    expect(noPassword.stderr).toMatch(/DRAFTWATCH_USER_PASSWORD/);

    const shortPassword = npmRun("user:create", ["--email", `cli-${uniqueSuffix()}@example.org`], { DRAFTWATCH_USER_PASSWORD: "short" });
    expect(shortPassword.status).toBe(1);
    expect(shortPassword.stderr).toMatch(/at least 12 characters/);

    const badRole = npmRun("user:create", ["--email", `cli-${uniqueSuffix()}@example.org`, "--role", "owner"], { DRAFTWATCH_USER_PASSWORD: "long enough password" });
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toMatch(/role/);

    const unknownUser = npmRun("token:create", ["--email", `nobody-${uniqueSuffix()}@example.org`]);
    expect(unknownUser.status).toBe(1);
    expect(unknownUser.stdout).toBe("");
    expect(unknownUser.stderr).toMatch(/no user/i);
  });
});
