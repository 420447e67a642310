import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashApiToken } from "@/lib/auth/api-token-format";
import { getRequestActor, requireRequestActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/auth/roles";
import { createDatabase, type Database } from "@/lib/db";
import { createOwnApiToken } from "@/lib/data/tokens/create-api-token";
import { findTokenActor } from "@/lib/data/tokens/find-token-actor";
import { revokeApiToken } from "@/lib/data/tokens/revoke-api-token";
import { setUserRole } from "@/lib/data/users/set-user-role";
import { ForbiddenError, InvalidInputError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { createTestUser, type TestUser } from "../support/accounts";
import { sessionCookieFor } from "../support/auth-session";

let db: Database;
beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL as string);
});
afterAll(async () => {
  await db.$disconnect();
});

const actorOf = (user: TestUser): Actor => ({ userId: user.id, name: user.name, email: user.email, role: user.role, via: "session" });
const bearer = (token: string, init: RequestInit = {}) =>
  new Request("http://localhost:3210/api/x", { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) } });

describe("API tokens", () => {
  it("are stored as a hash only, shown once, and audited with the user", async () => {
    const analyst = await createTestUser(db, "analyst");
    const created = await createOwnApiToken(actorOf(analyst), { name: "  CI import  " }, db);
    expect(created.name).toBe("CI import");
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashApiToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(row.prefix).toBe(created.token.slice(0, 11));
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "api_token", entityId: created.id } });
    expect(audit).toMatchObject({ action: "token.create", actorId: analyst.id });
    expect(JSON.stringify(audit)).not.toContain(created.token);
  });

  it("stand for their user with the user's current role, and record when they were used", async () => {
    const analyst = await createTestUser(db, "analyst");
    const admin = await createTestUser(db, "admin");
    const { token, id } = await createOwnApiToken(actorOf(analyst), { name: "script" }, db);
    expect(await findTokenActor(token, db)).toEqual({ userId: analyst.id, name: analyst.name, email: analyst.email, role: "analyst", via: "token" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();

    await setUserRole(actorOf(admin), { userId: analyst.id, role: "reader", expectedRole: "analyst" }, db);
    expect((await findTokenActor(token, db))?.role).toBe("reader");
  });

  it("stop working once revoked; only their owner can revoke them", async () => {
    const analyst = await createTestUser(db, "analyst");
    const other = await createTestUser(db, "analyst");
    const { token, id } = await createOwnApiToken(actorOf(analyst), { name: "to revoke" }, db);
    await expect(revokeApiToken(actorOf(other), id, db)).rejects.toThrow(NotFoundError);
    await revokeApiToken(actorOf(analyst), id, db);
    expect(await findTokenActor(token, db)).toBeNull();
    await expect(revokeApiToken(actorOf(analyst), id, db)).rejects.toThrow(NotFoundError);
    await expect(revokeApiToken(actorOf(analyst), "not-a-uuid", db)).rejects.toThrow(NotFoundError);
    expect(await db.auditEntry.count({ where: { action: "token.revoke", entityId: id, actorId: analyst.id } })).toBe(1);
  });

  it("refuse unknown and malformed tokens", async () => {
    expect(await findTokenActor("dw_" + "A".repeat(43), db)).toBeNull();
    expect(await findTokenActor("not a token", db)).toBeNull();
  });

  it("need a name", async () => {
    const analyst = await createTestUser(db, "analyst");
    await expect(createOwnApiToken(actorOf(analyst), { name: "   " }, db)).rejects.toThrow(InvalidInputError);
  });
});

describe("requireRequestActor", () => {
  it("accepts a bearer token without an Origin header, and refuses a token whose role is too low", async () => {
    const reader = await createTestUser(db, "reader");
    const { token } = await createOwnApiToken(actorOf(reader), { name: "reader script" }, db);
    const post = bearer(token, { method: "POST" });
    expect((await requireRequestActor(post, "reader")).via).toBe("token");
    await expect(requireRequestActor(post, "analyst")).rejects.toThrow(ForbiddenError);
    await expect(requireRequestActor(post, "reader", { sessionOnly: true })).rejects.toThrow(ForbiddenError);
  });

  it("does not fall back to the cookie when a bearer token is invalid", async () => {
    const admin = await createTestUser(db, "admin");
    const cookie = await sessionCookieFor(admin);
    const request = new Request("http://localhost:3210/api/x", { headers: { cookie, authorization: "Bearer dw_nonsense" } });
    expect(await getRequestActor(request)).toBeNull();
    await expect(requireRequestActor(request, "reader")).rejects.toThrow(UnauthorizedError);
  });

  it("refuses a cookie-authenticated write from another origin or without one, and allows reads", async () => {
    const admin = await createTestUser(db, "admin");
    const cookie = await sessionCookieFor(admin);
    const at = (method: string, headers: Record<string, string>) =>
      new Request("http://localhost:3210/api/x", { method, headers: { host: "localhost:3210", cookie, ...headers } });
    await expect(requireRequestActor(at("POST", { origin: "https://evil.example" }), "reader")).rejects.toThrow(/Cross-site/);
    await expect(requireRequestActor(at("DELETE", {}), "reader")).rejects.toThrow(/Cross-site/);
    await expect(requireRequestActor(at("POST", { origin: "http://localhost:3210", "sec-fetch-site": "cross-site" }), "reader")).rejects.toThrow(ForbiddenError);
    expect((await requireRequestActor(at("POST", { origin: "http://localhost:3210" }), "admin")).userId).toBe(admin.id);
    expect((await requireRequestActor(at("GET", {}), "admin")).userId).toBe(admin.id);
  });
});
