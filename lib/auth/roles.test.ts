import { describe, expect, it } from "vitest";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { assertRole, isRole, roleAtLeast, type Actor, type Role } from "./roles";

const actor = (role: Role): Actor => ({ userId: "u1", name: "Ana", email: "ana@example.org", role, via: "session" });

describe("roleAtLeast", () => {
  it("orders reader < analyst < admin", () => {
    expect(roleAtLeast("reader", "reader")).toBe(true);
    expect(roleAtLeast("reader", "analyst")).toBe(false);
    expect(roleAtLeast("analyst", "reader")).toBe(true);
    expect(roleAtLeast("analyst", "admin")).toBe(false);
    expect(roleAtLeast("admin", "analyst")).toBe(true);
    expect(roleAtLeast("admin", "admin")).toBe(true);
  });
});

describe("assertRole", () => {
  it("refuses a missing actor with UnauthorizedError", () => {
    expect(() => assertRole(null, "reader")).toThrow(UnauthorizedError);
  });

  it("refuses a role below the minimum with ForbiddenError", () => {
    expect(() => assertRole(actor("reader"), "analyst")).toThrow(ForbiddenError);
    expect(() => assertRole(actor("analyst"), "admin")).toThrow(ForbiddenError);
  });

  it("returns the actor when the role suffices", () => {
    const analyst = actor("analyst");
    expect(assertRole(analyst, "analyst")).toBe(analyst);
    expect(assertRole(actor("admin"), "reader").role).toBe("admin");
  });
});

describe("isRole", () => {
  it("accepts only the three roles", () => {
    expect(["reader", "analyst", "admin"].every(isRole)).toBe(true);
    expect(isRole("owner")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
