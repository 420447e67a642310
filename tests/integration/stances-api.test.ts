import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postStance } from "@/app/api/stances/route";
import { POST as postStatus } from "@/app/api/statuses/route";
import type { Actor } from "@/lib/auth/roles";
import { createOwnApiToken } from "@/lib/data/tokens/create-api-token";
import { createDatabase, type Database } from "@/lib/db";
import { createTestUser, type TestUser } from "../support/accounts";
import { sessionCookieFor } from "../support/auth-session";
import { createDocumentWithVersion, createParty, createSource } from "../support/factories";

/** POST /api/stances and POST /api/statuses, called as route handlers with real tokens and cookies. */

let db: Database;
let analystToken: string;
let readerToken: string;
let analyst: TestUser;

const actorOf = (user: TestUser): Actor => ({ userId: user.id, name: user.name, email: user.email, role: user.role, via: "session" });

beforeAll(async () => {
  db = createDatabase(process.env.DATABASE_URL as string);
  analyst = await createTestUser(db, "analyst");
  const reader = await createTestUser(db, "reader");
  analystToken = (await createOwnApiToken(actorOf(analyst), { name: "stances api" }, db)).token;
  // Readers cannot create tokens; one made as if they were still an analyst acts with their real role.
  readerToken = (await createOwnApiToken({ ...actorOf(reader), role: "analyst" }, { name: "reader api" }, db)).token;
});
afterAll(async () => {
  await db.$disconnect();
});

type Json = Record<string, unknown> & { error?: { code: string; message: string; fieldErrors?: Record<string, string[]> } };

async function call(handler: typeof postStance, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${analystToken}` }) {
  const request = new Request("http://localhost:3210/api/x", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await handler(request, undefined as never);
  return { status: response.status, body: (await response.json()) as Json, headers: response.headers };
}

async function cell() {
  const { version, points } = await createDocumentWithVersion(db, { points: [{ number: "6", text: "The army is capped at 600,000." }] });
  const party = await createParty(db);
  const source = await createSource(db);
  return { version, point: points[0]!, party, source };
}

describe("POST /api/stances", () => {
  it("records a stance with an existing and a new source: 201 with the stance", async () => {
    const { version, point, party, source } = await cell();
    const { status, body } = await call(postStance, {
      versionId: version.id,
      pointId: point.id,
      partyId: party.id,
      position: "opposes",
      summary: "Rejects any cap.",
      quote: "No limits on our army.",
      statedOn: "2025-11-20",
      sourceIds: [source.id],
      newSource: { outlet: "Kyiv Independent", title: "Kyiv rejects the cap", url: "https://kyivindependent.com/x", reliability: "reputable_report" },
      baseStanceId: null,
    });
    expect(status).toBe(201);
    expect(body.stance).toMatchObject({ partyId: party.id, pointId: point.id, position: "opposes", statedOn: "2025-11-20", recordedById: analyst.id });
    const row = await db.stance.findUniqueOrThrow({ where: { id: (body.stance as { id: string }).id }, include: { sources: { include: { source: true } } } });
    expect(row.sources.map((link) => link.source.outlet).sort()).toEqual(["Kyiv Independent", "Test Wire"]);
    expect(await db.auditEntry.count({ where: { entityId: row.id, action: "stance.record", actorId: analyst.id } })).toBe(1);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const { version, point, party } = await cell();
    const base = { versionId: version.id, pointId: point.id, partyId: party.id, position: "supports", summary: "x", statedOn: "2025-11-20", baseStanceId: null };
    const fieldsOf = async (body: unknown) => {
      const answer = await call(postStance, body);
      expect(answer.status).toBe(400);
      expect(answer.body.error?.code).toBe("invalid_input");
      return Object.keys(answer.body.error?.fieldErrors ?? {});
    };
    expect(await fieldsOf(base)).toEqual(["sourceIds"]);
    expect(await fieldsOf({ ...base, note: "n", quote: "q".repeat(301) })).toEqual(["quote"]);
    expect(await fieldsOf({ ...base, note: "n", statedOn: "2999-01-01" })).toEqual(["statedOn"]);
    expect(await fieldsOf({ ...base, newSource: { outlet: "X", title: "Y", url: "javascript:alert(1)", reliability: "leak" } })).toEqual(["newSource"]);
    expect(await fieldsOf({ ...base, note: "n", position: "maybe" })).toEqual(["position"]);
    expect((await call(postStance, "{not json")).status).toBe(400);
    expect((await call(postStance, { ...base, note: "n" }, { authorization: `Bearer ${analystToken}`, "content-type": "text/plain" })).status).toBe(415);
    expect(await db.stance.count({ where: { partyId: party.id } })).toBe(0);
  });

  it("answers 409 with the current stance when the base is stale, and accepts the retry with the new base", async () => {
    const { version, point, party } = await cell();
    const input = { versionId: version.id, pointId: point.id, partyId: party.id, position: "supports", summary: "First.", statedOn: "2025-11-20", note: "n", baseStanceId: null };
    const first = await call(postStance, input);
    expect(first.status).toBe(201);
    const stale = await call(postStance, { ...input, position: "opposes", summary: "Second." });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe("conflict");
    expect(stale.body.current).toMatchObject({ id: (first.body.stance as { id: string }).id, position: "supports", summary: "First.", statedOn: "2025-11-20", recordedBy: analyst.name });
    expect(await db.stance.count({ where: { partyId: party.id } })).toBe(1);
    const retry = await call(postStance, { ...input, position: "opposes", summary: "Second.", baseStanceId: (first.body.stance as { id: string }).id });
    expect(retry.status).toBe(201);
  });

  it("needs an analyst: 401 without credentials, 403 for a reader, 403 for a cookie from another site", async () => {
    const { version, point, party } = await cell();
    const input = { versionId: version.id, pointId: point.id, partyId: party.id, position: "supports", summary: "x", statedOn: "2025-11-20", note: "n", baseStanceId: null };
    const anonymous = await call(postStance, input, {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error?.code).toBe("unauthorized");
    expect((await call(postStance, input, { authorization: `Bearer ${readerToken}` })).status).toBe(403);
    expect((await call(postStance, input, { authorization: "Bearer dw_not_a_real_token" })).status).toBe(401);
    const cookie = await sessionCookieFor(analyst);
    expect((await call(postStance, input, { cookie, origin: "https://evil.example" })).status).toBe(403);
    expect((await call(postStance, input, { cookie, origin: "http://localhost:3210", host: "localhost:3210" })).status).toBe(201);
    expect(await db.stance.count({ where: { partyId: party.id } })).toBe(1);
  });

  it("answers 404 for an unknown party or version", async () => {
    const { version, point } = await cell();
    const input = { versionId: version.id, pointId: point.id, partyId: crypto.randomUUID(), position: "supports", summary: "x", statedOn: "2025-11-20", note: "n", baseStanceId: null };
    expect((await call(postStance, input)).status).toBe(404);
    expect((await call(postStance, { ...input, versionId: crypto.randomUUID() })).status).toBe(404);
  });
});

describe("POST /api/statuses", () => {
  it("sets a status (201), refuses a stale base with the current status (409), and bad input (400)", async () => {
    const { version, point } = await cell();
    const input = { versionId: version.id, pointId: point.id, status: "contested", note: "Kyiv says no.", baseStatusId: null };
    const first = await call(postStatus, input);
    expect(first.status).toBe(201);
    expect(first.body.status).toMatchObject({ pointId: point.id, status: "contested", note: "Kyiv says no.", createdById: analyst.id });

    const stale = await call(postStatus, { ...input, status: "agreed" });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: (first.body.status as { id: string }).id, status: "contested", createdBy: analyst.name });

    const invalid = await call(postStatus, { ...input, status: "removed" });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.error?.fieldErrors ?? {})).toEqual(["status"]);
    expect((await call(postStatus, input, {})).status).toBe(401);
    expect((await call(postStatus, { ...input, pointId: crypto.randomUUID() })).status).toBe(404);
    expect(await db.pointStatus.count({ where: { pointId: point.id } })).toBe(1);
  });
});
