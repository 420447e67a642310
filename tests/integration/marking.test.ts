import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { addAlternative } from "@/lib/data/alternatives/add-alternative";
import { getPointHistory } from "@/lib/data/history/get-point-history";
import { linkPoints } from "@/lib/data/lineage/link-points";
import { addNote } from "@/lib/data/notes/add-note";
import { recordStance } from "@/lib/data/stances/record-stance";
import { setPointStatus } from "@/lib/data/statuses/set-point-status";
import { createDatabase, type Database } from "@/lib/db";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { stanceInputSchema, statusInputSchema } from "@/lib/stances/stance-input";
import { createActor, createDocument, createParty, createSource, createVersion } from "../support/factories";

let db: Database;
beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL as string);
});
afterAll(async () => {
  await db.$disconnect();
});

async function provisionAcrossTwoVersions() {
  const document = await createDocument(db);
  const one = await createVersion(db, document.id, { label: "First", position: 1, points: [{ number: "6", text: "The army is capped at 600,000." }] });
  const two = await createVersion(db, document.id, { label: "Second", position: 2, points: [{ number: "4", text: "The army is capped at 800,000 in peacetime." }] });
  return { document, one, two, first: one.points[0]!, second: two.points[0]! };
}

const stance = (fields: Record<string, unknown>) =>
  stanceInputSchema.parse({ quote: null, note: null, sourceIds: [], newSource: null, baseStanceId: null, statedOn: "2025-11-21", summary: "Backs the cap.", ...fields });

describe("recording stances", () => {
  it("keeps every stance as its own row (history is append-only) and audits each one", async () => {
    const { document, one, first } = await provisionAcrossTwoVersions();
    const analyst = await createActor(db, "analyst");
    const party = await createParty(db);
    const source = await createSource(db);

    const a = await recordStance(analyst, stance({ versionId: one.version.id, pointId: first.id, partyId: party.id, position: "opposes", sourceIds: [source.id] }));
    const b = await recordStance(analyst, stance({ versionId: one.version.id, pointId: first.id, partyId: party.id, position: "conditional", statedOn: "2025-11-25", note: "Softened after talks.", baseStanceId: a.id }));

    const rows = await db.stance.findMany({ where: { partyId: party.id }, orderBy: { statedOn: "asc" } });
    expect(rows.map((row) => row.position)).toEqual(["opposes", "conditional"]);
    const audit = await db.auditEntry.findMany({ where: { partyId: party.id }, orderBy: { at: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.entityId, entry.actorId, entry.documentId])).toEqual([
      ["stance.record", a.id, analyst.userId, document.id],
      ["stance.record", b.id, analyst.userId, document.id],
    ]);
    expect(audit[1]?.before).toMatchObject({ position: "opposes" });
    expect(audit[1]?.after).toMatchObject({ position: "conditional" });
    expect(audit[1]?.reason).toBe("Softened after talks.");
  });

  it("two analysts editing the same cell from the same starting value: exactly one wins, the other gets a conflict, nothing is lost", async () => {
    const { one, first } = await provisionAcrossTwoVersions();
    const [alice, bob] = [await createActor(db, "analyst"), await createActor(db, "analyst")];
    const party = await createParty(db);
    const source = await createSource(db);
    const base = await recordStance(alice, stance({ versionId: one.version.id, pointId: first.id, partyId: party.id, position: "proposed", sourceIds: [source.id] }));

    const results = await Promise.allSettled([
      recordStance(alice, stance({ versionId: one.version.id, pointId: first.id, partyId: party.id, position: "supports", sourceIds: [source.id], baseStanceId: base.id, summary: "Alice's reading." })),
      recordStance(bob, stance({ versionId: one.version.id, pointId: first.id, partyId: party.id, position: "opposes", sourceIds: [source.id], baseStanceId: base.id, summary: "Bob's reading." })),
    ]);
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.reason).toBeInstanceOf(ConflictError);
    const winner = (won[0] as PromiseFulfilledResult<{ id: string; position: string }>).value;
    expect((lost[0]?.reason as ConflictError<{ id: string; position: string }>).current).toMatchObject({ id: winner.id, position: winner.position });

    // Nothing overwritten: the base and the winner are both there, and only they.
    const rows = await db.stance.findMany({ where: { partyId: party.id } });
    expect(rows.map((row) => row.id).sort()).toEqual([base.id, winner.id].sort());
    expect(await db.auditEntry.count({ where: { partyId: party.id, action: "stance.record" } })).toBe(2);
  });

  it("a stance needs a source or a note, a short quote, an http(s) source and a date not in the future", () => {
    const ids = { versionId: crypto.randomUUID(), pointId: crypto.randomUUID(), partyId: crypto.randomUUID() };
    const fieldErrors = (input: Record<string, unknown>) => {
      const result = stanceInputSchema.safeParse({ position: "supports", summary: "x", statedOn: "2025-11-21", baseStanceId: null, ...ids, ...input });
      return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
    };
    expect(fieldErrors({})).toHaveProperty("sourceIds");
    expect(fieldErrors({ note: "Seen in the briefing." })).toEqual({});
    expect(fieldErrors({ note: "n", quote: "q".repeat(301) })).toHaveProperty("quote");
    expect(fieldErrors({ note: "n", statedOn: "2999-01-01" })).toHaveProperty("statedOn");
    const badUrl = stanceInputSchema.safeParse({
      position: "supports", summary: "x", statedOn: "2025-11-21", baseStanceId: null, ...ids,
      newSource: { outlet: "X", title: "Y", url: "javascript:alert(1)", reliability: "leak" },
    });
    expect(badUrl.success).toBe(false);
    expect(JSON.stringify(badUrl.error?.issues.map((issue) => issue.path))).toContain("url");
  });

  it("refuses readers and writes nothing", async () => {
    const { one, first } = await provisionAcrossTwoVersions();
    const reader = await createActor(db, "reader");
    const party = await createParty(db);
    await expect(recordStance(reader, stance({ versionId: one.version.id, pointId: first.id, partyId: party.id, position: "supports", note: "n" }))).rejects.toThrow(ForbiddenError);
    expect(await db.stance.count({ where: { partyId: party.id } })).toBe(0);
  });
});

describe("marking statuses", () => {
  it("appends a status row with its audit row, and refuses a stale edit with the current value", async () => {
    const { document, one, first } = await provisionAcrossTwoVersions();
    const [alice, bob] = [await createActor(db, "analyst"), await createActor(db, "analyst")];
    const input = (fields: Record<string, unknown>) => statusInputSchema.parse({ versionId: one.version.id, pointId: first.id, note: null, baseStatusId: null, ...fields });

    const contested = await setPointStatus(alice, input({ status: "contested", note: "Kyiv rejects the cap." }));
    const conflict = await setPointStatus(bob, input({ status: "agreed" })).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError<{ status: string }>).current).toMatchObject({ id: contested.id, status: "contested" });

    const agreed = await setPointStatus(bob, input({ status: "agreed", baseStatusId: contested.id }));
    const rows = await db.pointStatus.findMany({ where: { pointId: first.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => row.status)).toEqual(["contested", "agreed"]);
    const audit = await db.auditEntry.findMany({ where: { documentId: document.id, action: "status.set" }, orderBy: { at: "asc" } });
    expect(audit.map((entry) => [entry.entityId, entry.actorId])).toEqual([[contested.id, alice.userId], [agreed.id, bob.userId]]);
    expect(audit[1]?.before).toMatchObject({ status: "contested" });
  });
});

describe("notes and alternatives follow a provision across versions", () => {
  it("shows a note and an alternative written on one version in the history read from the next", async () => {
    const { one, first, second } = await provisionAcrossTwoVersions();
    const analyst = await createActor(db, "analyst");
    const party = await createParty(db);
    await addNote(analyst, { pointId: first.id, body: "The cap was the first thing Kyiv rejected." });
    await addAlternative(analyst, { versionId: one.version.id, pointId: first.id, partyId: party.id, text: "The army is capped at 800,000.", note: null });

    const before = await getPointHistory({ documentSlug: (await db.document.findFirstOrThrow({ where: { versions: { some: { id: one.version.id } } } })).slug, versionLabel: "Second", number: "4" });
    // Not yet linked: the second version's point is another provision.
    expect(before.notes).toEqual([]);

    await linkPoints(analyst, { fromPointId: first.id, toPointId: second.id, method: "manual" });
    const after = await getPointHistory({ documentSlug: before.document.slug, versionLabel: "Second", number: "4" });
    expect(after.notes.map((note) => [note.body, note.anchor])).toEqual([
      ["The cap was the first thing Kyiv rejected.", { versionLabel: "First", number: "6" }],
    ]);
    expect(after.alternatives).toEqual([
      expect.objectContaining({ text: "The army is capped at 800,000.", versionLabel: "First", adoptedText: "The army is capped at 600,000." }),
    ]);
  });
});
