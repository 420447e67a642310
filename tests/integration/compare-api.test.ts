import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { ComparisonJson } from "@/lib/compare/comparison-json";
import { createDatabase, type Database } from "@/lib/db";
import { createOwnApiToken } from "@/lib/data/tokens/create-api-token";
import type * as Env from "@/lib/env";
import { GET } from "@/app/api/documents/[slug]/compare/route";
import { createTestUser } from "../support/accounts";

const setting = vi.hoisted(() => ({ publicRead: true }));
vi.mock("@/lib/env", async (importOriginal) => {
  const real = await importOriginal<typeof Env>();
  return { ...real, env: () => ({ ...real.env(), DRAFTWATCH_PUBLIC_READ: setting.publicRead }) };
});

const DOCUMENT = "us-brokered-peace-framework";

let db: Database;
beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL as string);
});
afterAll(async () => {
  await db.$disconnect();
});
afterEach(() => {
  setting.publicRead = true;
});

async function call(query: string, options: { slug?: string; headers?: Record<string, string> } = {}) {
  const slug = options.slug ?? DOCUMENT;
  const request = new Request(`http://localhost:3210/api/documents/${encodeURIComponent(slug)}/compare${query}`, {
    headers: options.headers,
  });
  const response = await GET(request, { params: Promise.resolve({ slug: encodeURIComponent(slug) }) });
  return { response, body: (await response.json()) as unknown };
}

const errorOf = (body: unknown) => (body as { error: { code: string; message: string } }).error;

describe("GET /api/documents/{slug}/compare", () => {
  it("compares the 28-point plan with the E3 counter-proposal: the army cap modified, point 3 removed", async () => {
    const { response, body } = await call("?from=28-point&to=E3%20counter-proposal");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const comparison = body as ComparisonJson;
    expect(comparison.document.slug).toBe(DOCUMENT);
    expect(comparison.from).toMatchObject({ label: "28-point", textStatus: "full" });
    expect(comparison.to).toMatchObject({ label: "E3 counter-proposal" });
    expect(Object.values(comparison.summary).reduce((a, b) => a + b, 0)).toBe(comparison.rows.length);
    expect(comparison.summary.removed).toBeGreaterThanOrEqual(3);

    const army = comparison.rows.find((row) => row.from[0]?.number === "6");
    expect(army).toMatchObject({ kind: "modified", status: "modified", confirmed: true, rewritten: false });
    expect(army?.to).toEqual([expect.objectContaining({ number: "6", numberProvisional: false, text: expect.stringContaining("800,000") })]);
    expect(army?.from[0]?.text).toContain("600,000");
    expect(army?.similarity).toBeGreaterThan(0);
    expect(army?.diff?.some((op) => op.op === "insert" && op.text.includes("800,000"))).toBe(true);
    expect(army?.diff?.every((op) => ["equal", "insert", "delete"].includes(op.op) && typeof op.text === "string")).toBe(true);
    expect(army?.stances).toEqual([expect.objectContaining({ party: expect.objectContaining({ slug: "ukraine" }), position: "opposes" })]);

    const removed = comparison.rows.find((row) => row.from[0]?.number === "3");
    expect(removed).toMatchObject({ kind: "removed", status: "removed", to: [], diff: null, similarity: null });
    expect(removed?.removal?.summary).toBeTruthy();
    expect(removed?.removal?.sources.length).toBeGreaterThan(0);
  });

  it("accepts version ids, either order, and reports unreleased texts as unknown", async () => {
    const byLabel = (await call("?from=28-point&to=Geneva%20~19-point")).body as ComparisonJson;
    const { response, body } = await call(`?from=${byLabel.to.id}&to=${byLabel.from.id}`);
    expect(response.status).toBe(200);
    const backwards = body as ComparisonJson;
    expect([backwards.from.label, backwards.to.label]).toEqual(["Geneva ~19-point", "28-point"]);
    const sovereignty = byLabel.rows.find((row) => row.from[0]?.number === "1");
    expect(sovereignty).toMatchObject({ kind: "unknown", diff: null, to: [expect.objectContaining({ text: null, numberProvisional: true })] });
  });

  it("answers 404 for an unknown document or version", async () => {
    const unknownDocument = await call("?from=a&to=b", { slug: "no-such-document" });
    expect(unknownDocument.response.status).toBe(404);
    expect(errorOf(unknownDocument.body).code).toBe("not_found");
    const unknownVersion = await call("?from=28-point&to=99-point");
    expect(unknownVersion.response.status).toBe(404);
    expect(errorOf(unknownVersion.body)).toMatchObject({ code: "not_found", message: expect.stringContaining("99-point") });
  });

  it("answers 400 for missing, repeated or identical versions", async () => {
    const id = ((await call("?from=28-point&to=E3%20counter-proposal")).body as ComparisonJson).from.id;
    for (const query of ["", "?from=28-point", "?to=28-point", "?from=28-point&from=E3%20counter-proposal&to=28-point", "?from=28-point&to=28-point", `?from=28-point&to=${id}`]) {
      const { response, body } = await call(query);
      expect(response.status, query).toBe(400);
      expect(errorOf(body).code, query).toBe("invalid_input");
      expect(JSON.stringify(body)).not.toMatch(/prisma|\bat .+\(/i);
    }
    expect(errorOf((await call("?from=28-point&to=28-point")).body).message).toMatch(/same version/);
  });

  it("respects private reading: 401 for anonymous callers, a bearer token reads", async () => {
    setting.publicRead = false;
    const anonymous = await call("?from=28-point&to=E3%20counter-proposal");
    expect(anonymous.response.status).toBe(401);
    expect(errorOf(anonymous.body).code).toBe("unauthorized");
    expect(anonymous.response.headers.get("www-authenticate")).toMatch(/Bearer/);

    const analyst = await createTestUser(db, "analyst");
    const actor: Actor = { userId: analyst.id, name: analyst.name, email: analyst.email, role: "analyst", via: "session" };
    const { token } = await createOwnApiToken(actor, { name: "compare api" }, db);
    const withToken = await call("?from=28-point&to=E3%20counter-proposal", { headers: { authorization: `Bearer ${token}` } });
    expect(withToken.response.status).toBe(200);

    const badToken = await call("?from=28-point&to=E3%20counter-proposal", { headers: { authorization: "Bearer dw_not-a-real-token" } });
    expect(badToken.response.status).toBe(401);
  });
});
