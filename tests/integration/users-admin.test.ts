import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/passwords";
import type { Actor } from "@/lib/auth/roles";
import { createDatabase, type Database } from "@/lib/db";
import { createOwnApiToken } from "@/lib/data/tokens/create-api-token";
import { findTokenActor } from "@/lib/data/tokens/find-token-actor";
import { changePassword } from "@/lib/data/users/change-password";
import { createUser } from "@/lib/data/users/create-user";
import { deactivateUser, reactivateUser } from "@/lib/data/users/set-user-active";
import { setUserRole } from "@/lib/data/users/set-user-role";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { createTestUser, type TestUser } from "../support/accounts";
import { sessionCookieFor } from "../support/auth-session";
import { uniqueSuffix } from "../support/factories";
import { createTestDatabase } from "../support/test-database";

let db: Database;
beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL as string);
});
afterAll(async () => {
  await db.$disconnect();
});

const actorOf = (user: TestUser): Actor => ({ userId: user.id, name: user.name, email: user.email, role: user.role, via: "session" });

describe("createUser", () => {
  it("creates a user who can sign in, audited with the admin who did it", async () => {
    const admin = await createTestUser(db, "admin");
    const email = `New.Person-${uniqueSuffix()}@Example.org`;
    const user = await createUser({ name: "New Person", email, role: "analyst", password: "correct horse battery" }, { actorId: admin.id }, db);
    expect(user).toMatchObject({ name: "New Person", email: email.toLowerCase(), role: "analyst" });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "user.create", entityId: user.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify(audit)).not.toContain("correct horse battery");
    await expect(sessionCookieFor({ email, password: "correct horse battery" })).resolves.toContain("session_token");
  });

  it("explains bad input per field, including a taken email and a short password", async () => {
    const existing = await createTestUser(db, "reader");
    const attempt = createUser({ name: "", email: existing.email, role: "owner", password: "short" }, { actorId: null }, db);
    await expect(attempt).rejects.toThrow(InvalidInputError);
    const error = (await attempt.catch((e: unknown) => e)) as InvalidInputError;
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["name", "password", "role"]);
    const taken = (await createUser({ name: "Dup", email: existing.email.toUpperCase(), role: "reader", password: "long enough password" }, { actorId: null }, db).catch(
      (e: unknown) => e,
    )) as InvalidInputError;
    expect(taken.fieldErrors.email?.[0]).toMatch(/already exists/);
  });
});

describe("roles and deactivation", () => {
  it("changes a role, audited with before and after and the admin's id", async () => {
    const admin = await createTestUser(db, "admin");
    const user = await createTestUser(db, "reader");
    await setUserRole(actorOf(admin), { userId: user.id, role: "analyst", expectedRole: "reader" }, db);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("analyst");
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "user.role", entityId: user.id } });
    expect(audit).toMatchObject({ actorId: admin.id, before: { role: "reader" }, after: { role: "analyst" } });
    // A second admin working from the same stale page does not overwrite it.
    await expect(setUserRole(actorOf(admin), { userId: user.id, role: "admin", expectedRole: "reader" }, db)).rejects.toThrow(ConflictError);
  });

  it("never leaves Draftwatch without an active admin", async () => {
    // Its own database: here `lone` must be the only admin, which the shared one cannot promise.
    const database = await createTestDatabase("draftwatch_it_admins");
    const own = createDatabase(database.url);
    try {
      const lone = await createTestUser(own, "admin");
      const other = await createTestUser(own, "admin");
      await setUserRole(actorOf(lone), { userId: other.id, role: "analyst", expectedRole: "admin" }, own);
      await expect(setUserRole(actorOf(lone), { userId: lone.id, role: "analyst", expectedRole: "admin" }, own)).rejects.toThrow(/at least one active admin/);
      await expect(deactivateUser(actorOf(lone), lone.id, own)).rejects.toThrow(InvalidInputError);
      await setUserRole(actorOf(lone), { userId: other.id, role: "admin", expectedRole: "analyst" }, own);
      await setUserRole(actorOf(lone), { userId: lone.id, role: "reader", expectedRole: "admin" }, own);
      expect((await own.user.findUniqueOrThrow({ where: { id: lone.id } })).role).toBe("reader");
      await expect(setUserRole(actorOf(lone), { userId: other.id, role: "reader", expectedRole: "admin" }, own)).rejects.toThrow(/at least one active admin/);
    } finally {
      await own.$disconnect();
      await database.drop();
    }
  });

  it("deactivation ends sessions and revokes tokens; reactivation lets the user sign in again", async () => {
    const admin = await createTestUser(db, "admin");
    const user = await createTestUser(db, "analyst");
    await sessionCookieFor(user);
    const { token } = await createOwnApiToken(actorOf(user), { name: "soon revoked" }, db);
    await deactivateUser(actorOf(admin), user.id, db);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await findTokenActor(token, db)).toBeNull();
    await expect(sessionCookieFor(user)).rejects.toThrow();
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "user.deactivate", entityId: user.id } });
    expect(audit).toMatchObject({ actorId: admin.id, after: { sessionsEnded: 1, tokensRevoked: 1 } });
    await expect(deactivateUser(actorOf(admin), user.id, db)).rejects.toThrow(ConflictError);

    await reactivateUser(actorOf(admin), user.id, db);
    await expect(sessionCookieFor(user)).resolves.toContain("session_token");
    expect(await db.auditEntry.count({ where: { action: "user.reactivate", entityId: user.id, actorId: admin.id } })).toBe(1);
  });
});

describe("changePassword", () => {
  it("checks the current password, stores a new hash, ends the other sessions and is audited", async () => {
    const user = await createTestUser(db, "reader");
    await sessionCookieFor(user);
    await sessionCookieFor(user);
    const [keep] = await db.session.findMany({ where: { userId: user.id }, take: 1 });

    await expect(
      changePassword(actorOf(user), { currentPassword: "not it at all", newPassword: "a brand new password", confirmPassword: "a brand new password" }, { keepSessionId: keep!.id }, db),
    ).rejects.toThrow(InvalidInputError);
    await expect(
      changePassword(actorOf(user), { currentPassword: user.password, newPassword: "a brand new password", confirmPassword: "different" }, { keepSessionId: keep!.id }, db),
    ).rejects.toThrow(InvalidInputError);

    const result = await changePassword(
      actorOf(user),
      { currentPassword: user.password, newPassword: "a brand new password", confirmPassword: "a brand new password" },
      { keepSessionId: keep!.id },
      db,
    );
    expect(result.sessionsEnded).toBe(1);
    expect((await db.session.findMany({ where: { userId: user.id } })).map((s) => s.id)).toEqual([keep!.id]);
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(await verifyPassword(account.password!, "a brand new password")).toBe(true);
    expect(await db.auditEntry.count({ where: { action: "user.password", entityId: user.id, actorId: user.id } })).toBe(1);
  });
});
