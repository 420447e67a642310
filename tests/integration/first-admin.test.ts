import { describe, expect, it } from "vitest";
import { FIRST_ADMIN_EMAIL, ensureFirstAdmin } from "@/lib/auth/first-admin";
import { verifyPassword } from "@/lib/auth/passwords";
import { createDatabase } from "@/lib/db";
import { createTestUser } from "../support/accounts";
import { createTestDatabase } from "../support/test-database";

describe("ensureFirstAdmin", () => {
  it("creates one admin with a printed one-time password on an empty database, and nothing afterwards", async () => {
    const database = await createTestDatabase("draftwatch_it_first_admin");
    const db = createDatabase(database.url);
    try {
      const printed: string[] = [];
      const [first, concurrent] = await Promise.all([
        ensureFirstAdmin(db, { log: (m) => printed.push(m) }),
        ensureFirstAdmin(db, { log: (m) => printed.push(m) }),
      ]);
      const created = first ?? concurrent;
      expect([first, concurrent].filter(Boolean)).toHaveLength(1);
      expect(created?.email).toBe(FIRST_ADMIN_EMAIL);
      expect(created?.password.length).toBeGreaterThanOrEqual(20);
      expect(printed.join("\n")).toContain(created!.password);
      expect(printed.join("\n")).toContain("/account");

      const admin = await db.user.findUniqueOrThrow({ where: { email: FIRST_ADMIN_EMAIL }, include: { accounts: true } });
      expect(admin.role).toBe("admin");
      expect(await verifyPassword(admin.accounts[0]!.password!, created!.password)).toBe(true);
      expect(await db.auditEntry.count({ where: { action: "user.create", entityId: admin.id } })).toBe(1);

      expect(await ensureFirstAdmin(db, { log: () => undefined })).toBeNull();
      expect(await db.user.count()).toBe(1);
    } finally {
      await db.$disconnect();
      await database.drop();
    }
  });

  it("does nothing when any user exists", async () => {
    const database = await createTestDatabase("draftwatch_it_first_admin");
    const db = createDatabase(database.url);
    try {
      await createTestUser(db, "reader");
      expect(await ensureFirstAdmin(db, { log: () => undefined })).toBeNull();
      expect(await db.user.count({ where: { role: "admin" } })).toBe(0);
    } finally {
      await db.$disconnect();
      await database.drop();
    }
  });
});
