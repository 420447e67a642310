import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "@/lib/db";
import { createOwnApiToken } from "@/lib/data/tokens/create-api-token";
import { createTestUser } from "../support/accounts";
import { sessionCookieFor } from "../support/auth-session";

/**
 * DRAFTWATCH_PUBLIC_READ=false: proxy.ts sends anonymous visitors to sign-in (pages)
 * or answers 401 (JSON API). This file's modules see the setting from the start
 * (vitest gives each test file its own module graph, and lib/env parses once).
 */
const publicReadBefore = process.env.DRAFTWATCH_PUBLIC_READ;
process.env.DRAFTWATCH_PUBLIC_READ = "false";
const { proxy } = await import("@/proxy");
const { canRead } = await import("@/lib/auth/can-read");

let db: Database;
beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL as string);
});
afterAll(async () => {
  await db.$disconnect();
  // The worker process may run other test files next: leave the environment as found.
  if (publicReadBefore === undefined) delete process.env.DRAFTWATCH_PUBLIC_READ;
  else process.env.DRAFTWATCH_PUBLIC_READ = publicReadBefore;
});

const at = (path: string, headers: Record<string, string> = {}) => new NextRequest(`http://localhost:3210${path}`, { headers });

describe("private reading", () => {
  it("sends an anonymous visitor to sign-in, then back to the page", async () => {
    const response = await proxy(at("/documents/some-plan/versions/1?from=2"));
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).pathname + new URL(response.headers.get("location")!).search).toBe(
      "/sign-in?next=%2Fdocuments%2Fsome-plan%2Fversions%2F1%3Ffrom%3D2",
    );
    expect(canRead(null)).toBe(false);
  });

  it("lets the sign-in page through, with its CSP", async () => {
    const response = await proxy(at("/sign-in?next=%2F"));
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.get("content-security-policy")).toMatch(/'nonce-/);
  });

  it("answers the JSON API with 401 for nobody, and lets a token or a session through", async () => {
    const anonymous = await proxy(at("/api/me"));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });

    const reader = await createTestUser(db, "reader");
    const { token } = await createOwnApiToken({ userId: reader.id, name: reader.name, email: reader.email, role: "reader", via: "session" }, { name: "read" }, db);
    expect((await proxy(at("/api/me", { authorization: `Bearer ${token}` }))).headers.get("x-middleware-next")).toBe("1");
    expect((await proxy(at("/api/me", { authorization: "Bearer dw_revoked-or-made-up" }))).status).toBe(401);

    const cookie = await sessionCookieFor(reader);
    const page = await proxy(at("/", { cookie }));
    expect(page.headers.get("x-middleware-next")).toBe("1");
  });

  it("treats an expired session as nobody", async () => {
    const reader = await createTestUser(db, "reader");
    const cookie = await sessionCookieFor(reader);
    await db.session.updateMany({ where: { userId: reader.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const response = await proxy(at("/account", { cookie }));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toMatch(/\/sign-in\?next=%2Faccount$/);
  });
});
