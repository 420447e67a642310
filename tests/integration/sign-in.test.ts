import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { verifyPassword } from "@/lib/auth/passwords";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { ACCOUNT_RULE, ADDRESS_RULE } from "@/lib/auth/throttle-policy";
import { createDatabase, type Database } from "@/lib/db";
import { deactivateUser } from "@/lib/data/users/set-user-active";
import { createTestUser } from "../support/accounts";
import { sessionCookieFor } from "../support/auth-session";
import { uniqueSuffix } from "../support/factories";

let db: Database;
beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL as string);
});
afterAll(async () => {
  await db.$disconnect();
});

/** A request from its own address, so tests do not share the per-address counter. */
function fromAddress(address = `203.0.113.${Math.floor(Math.random() * 250) + 1}-${uniqueSuffix()}`): Headers {
  return new Headers({ "x-forwarded-for": address, "user-agent": "vitest" });
}

describe("passwords", () => {
  it("are stored as a salted scrypt hash, never as given", async () => {
    const user = await createTestUser(db, "reader", { password: "a very secret phrase 1" });
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" } });
    expect(account.password).not.toContain("a very secret phrase 1");
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(await verifyPassword(account.password!, "a very secret phrase 1")).toBe(true);
    expect(await verifyPassword(account.password!, "a very secret phrase 2")).toBe(false);
    const other = await createTestUser(db, "reader", { password: "a very secret phrase 1" });
    const otherAccount = await db.account.findFirstOrThrow({ where: { userId: other.id } });
    expect(otherAccount.password).not.toBe(account.password);
  });
});

describe("signInWithPassword", () => {
  it("creates a session in PostgreSQL for the right password (email case does not matter)", async () => {
    const user = await createTestUser(db, "analyst");
    expect(await signInWithPassword({ email: user.email.toUpperCase(), password: user.password, headers: fromAddress() })).toEqual({ ok: true });
    const sessions = await db.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const user = await createTestUser(db, "reader");
    expect(await signInWithPassword({ email: user.email, password: "wrong password here", headers: fromAddress() })).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword({ email: `nobody-${uniqueSuffix()}@example.org`, password: "whatever it is", headers: fromAddress() })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("locks an account after repeated failures, from any address, even for the right password", async () => {
    const user = await createTestUser(db, "reader");
    const results = [];
    for (let attempt = 0; attempt < ACCOUNT_RULE.maxFailures; attempt += 1) {
      results.push(await signInWithPassword({ email: user.email, password: `wrong ${attempt}`, headers: fromAddress() }));
    }
    expect(results.slice(0, -1).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results.at(-1)).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 15 });
    expect(await signInWithPassword({ email: user.email, password: user.password, headers: fromAddress() })).toMatchObject({ ok: false, reason: "throttled" });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

    // Once the lock has run out, the right password works and clears the counter.
    await db.signInThrottle.update({
      where: { key: `account:${user.email}` },
      data: { lockedUntil: new Date(Date.now() - 1000), windowStart: new Date(Date.now() - ACCOUNT_RULE.windowMs - 1000) },
    });
    expect(await signInWithPassword({ email: user.email, password: user.password, headers: fromAddress() })).toEqual({ ok: true });
    expect(await db.signInThrottle.findUnique({ where: { key: `account:${user.email}` } })).toBeNull();
  });

  it("locks an address that guesses at many accounts, without locking those accounts elsewhere", async () => {
    const address = `198.51.100.${uniqueSuffix()}`;
    for (let attempt = 0; attempt < ADDRESS_RULE.maxFailures; attempt += 1) {
      await signInWithPassword({ email: `spray-${attempt}-${uniqueSuffix()}@example.org`, password: "Winter2026!", headers: fromAddress(address) });
    }
    const victim = await createTestUser(db, "reader");
    expect(await signInWithPassword({ email: victim.email, password: victim.password, headers: fromAddress(address) })).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(await signInWithPassword({ email: victim.email, password: victim.password, headers: fromAddress() })).toEqual({ ok: true });
  });

  it("counts concurrent failures without losing any", async () => {
    const user = await createTestUser(db, "reader");
    await Promise.all(
      Array.from({ length: 3 }, (_, i) => signInWithPassword({ email: user.email, password: `concurrent ${i}`, headers: fromAddress() })),
    );
    const row = await db.signInThrottle.findUniqueOrThrow({ where: { key: `account:${user.email}` } });
    expect(row.failures).toBe(3);
    expect(row.lockedUntil).toBeNull();
  });

  it("refuses a deactivated user with the same generic answer", async () => {
    const admin = await createTestUser(db, "admin");
    const user = await createTestUser(db, "analyst");
    await deactivateUser({ userId: admin.id, name: admin.name, email: admin.email, role: "admin", via: "session" }, user.id, db);
    expect(await signInWithPassword({ email: user.email, password: user.password, headers: fromAddress() })).toEqual({ ok: false, reason: "invalid" });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("sessions", () => {
  it("are found by their signed cookie, and not once expired", async () => {
    const user = await createTestUser(db, "reader");
    const cookie = await sessionCookieFor(user);
    const found = await getAuth().api.getSession({ headers: new Headers({ cookie }) });
    expect(found?.user.id).toBe(user.id);
    expect(found?.user.role).toBe("reader");

    await db.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getAuth().api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
  });

  it("refuse a tampered cookie", async () => {
    const user = await createTestUser(db, "reader");
    const cookie = await sessionCookieFor(user);
    const tampered = cookie.replace(/=([^.;]+)/, "=AAAA$1");
    expect(await getAuth().api.getSession({ headers: new Headers({ cookie: tampered }) })).toBeNull();
  });
});
