import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listChanges } from "@/lib/data/changes/list-changes";
import { linkPoints } from "@/lib/data/lineage/link-points";
import { addNote } from "@/lib/data/notes/add-note";
import { getParty } from "@/lib/data/parties/get-party";
import { listParties } from "@/lib/data/parties/list-parties";
import { listPartyMoves } from "@/lib/data/parties/list-party-moves";
import { listSourceOptions } from "@/lib/data/sources/list-source-options";
import { getStanceCell } from "@/lib/data/stances/get-stance-cell";
import { getStanceMatrix } from "@/lib/data/stances/get-stance-matrix";
import { recordStance } from "@/lib/data/stances/record-stance";
import { setPointStatus } from "@/lib/data/statuses/set-point-status";
import { getVersionAnnotations } from "@/lib/data/versions/get-version-annotations";
import { addAlternative } from "@/lib/data/alternatives/add-alternative";
import { createDatabase, type Database } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { positionsDisagree } from "@/lib/stances/positions";
import { stanceInputSchema, statusInputSchema } from "@/lib/stances/stance-input";
import { createActor, createDocument, createParty, createSource, createVersion } from "../support/factories";

/** The read side of parties and stances: matrix, cell, party page, change feed — on the real dataset and on rows each test makes. */

const PLAN = "us-brokered-peace-framework";

let db: Database;
beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL as string);
});
afterAll(async () => {
  await db.$disconnect();
});

const stance = (fields: Record<string, unknown>) =>
  stanceInputSchema.parse({ quote: null, note: null, sourceIds: [], newSource: null, baseStanceId: null, statedOn: "2025-11-21", summary: "Backs it.", ...fields });

/** A document with two versions whose point is one provision (linked), and a party. */
async function linkedProvision() {
  const document = await createDocument(db);
  const one = await createVersion(db, document.id, { label: "First", position: 1, points: [{ number: "6", text: "The army is capped at 600,000.", topics: ["military-cap"] }, { number: "7", text: "No NATO.", topics: ["nato"] }] });
  const two = await createVersion(db, document.id, { label: "Second", position: 2, points: [{ number: "4", text: "The army is capped at 800,000 in peacetime.", topics: ["military-cap"] }, { number: "5", text: "No NATO, ever.", topics: ["nato"] }] });
  const analyst = await createActor(db, "analyst");
  await linkPoints(analyst, { fromPointId: one.points[0]!.id, toPointId: two.points[0]!.id, method: "manual" });
  await linkPoints(analyst, { fromPointId: one.points[1]!.id, toPointId: two.points[1]!.id, method: "manual" });
  return { document, one, two, analyst };
}

describe("the stance matrix of the real dataset", () => {
  it("shows every seeded stance in its version's matrix, and its cell holds it with all of its sources", async () => {
    const seeded = await db.stance.findMany({
      where: { version: { document: { slug: PLAN } }, recordedById: null },
      select: {
        id: true,
        pointId: true,
        point: { select: { number: true, versionId: true } },
        versionId: true,
        version: { select: { label: true } },
        party: { select: { slug: true } },
        _count: { select: { sources: true } },
      },
    });
    expect(seeded.length).toBeGreaterThanOrEqual(59);

    const matrices = new Map<string, Awaited<ReturnType<typeof getStanceMatrix>>>();
    for (const row of seeded) {
      const label = row.version.label;
      if (!matrices.has(label)) matrices.set(label, await getStanceMatrix({ documentSlug: PLAN, label }));
      const matrix = matrices.get(label)!;
      const column = matrix.parties.findIndex((party) => party.slug === row.party.slug);
      expect(column, `${row.party.slug} is a column of ${label}`).toBeGreaterThanOrEqual(0);
      const cells = row.pointId === null ? matrix.whole : matrix.rows.find((r) => r.pointId === row.pointId)?.cells;
      expect(cells?.[column], `${row.party.slug} on ${label} ${row.point?.number ?? "whole"}`).not.toBeNull();

      const subject =
        row.point === null
          ? ({ kind: "whole" } as const)
          : row.point.versionId === row.versionId
            ? ({ kind: "point", number: row.point.number } as const)
            : ({ kind: "removed", number: row.point.number } as const);
      const cell = await getStanceCell({ documentSlug: PLAN, label, subject, partySlug: row.party.slug });
      const inHistory = cell.history.find((item) => item.id === row.id);
      expect(inHistory, `stance ${row.id} in its cell's history`).toBeDefined();
      expect(inHistory?.sources).toHaveLength(row._count.sources);
      expect(row._count.sources).toBeGreaterThan(0);
    }
    expect([...matrices.keys()].sort()).toEqual(["20-point framework", "2026 working text", "28-point", "E3 counter-proposal", "Geneva ~19-point"]);
  });

  it("places removed provisions as rows, columns most active first, and carries stances over from earlier versions", async () => {
    const matrix = await getStanceMatrix({ documentSlug: PLAN, label: "20-point framework" });
    expect(matrix.rows.some((row) => row.kind === "removed")).toBe(true);
    expect(matrix.totalRows).toBe(matrix.rows.length);
    const counts = matrix.parties.map((party) => party.stanceCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(matrix.parties[0]?.slug).toBe("ukraine");
    expect(matrix.otherPartyCount).toBeGreaterThan(0);
    expect((await getStanceMatrix({ documentSlug: PLAN, label: "20-point framework", filters: { allParties: true } })).parties.length).toBe(
      matrix.parties.length + matrix.otherPartyCount,
    );
    const carried = matrix.rows.flatMap((row) => row.cells).filter((cell) => cell?.carriedOver);
    expect(carried.length).toBeGreaterThan(0);
    expect(carried.every((cell) => cell!.versionLabel !== "20-point framework")).toBe(true);
  });

  it("filters to disagreements, to a position and to a topic", async () => {
    const all = await getStanceMatrix({ documentSlug: PLAN, label: "20-point framework" });
    const disagreements = await getStanceMatrix({ documentSlug: PLAN, label: "20-point framework", filters: { disagreements: true } });
    expect(disagreements.rows.length).toBeGreaterThan(0);
    expect(disagreements.rows.length).toBeLessThan(all.rows.length);
    for (const row of disagreements.rows) {
      expect(positionsDisagree(row.cells.flatMap((cell) => (cell ? [cell.position] : [])))).toBe(true);
    }
    expect(disagreements.rows.map((row) => row.number)).toContain("14");

    const opposes = await getStanceMatrix({ documentSlug: PLAN, label: "20-point framework", filters: { position: "opposes" } });
    expect(opposes.rows.length).toBeGreaterThan(0);
    expect(opposes.rows.every((row) => row.cells.some((cell) => cell?.position === "opposes"))).toBe(true);

    const topic = all.topics[0]!;
    const byTopic = await getStanceMatrix({ documentSlug: PLAN, label: "20-point framework", filters: { topic } });
    expect(byTopic.rows.length).toBeGreaterThan(0);
    expect(byTopic.rows.every((row) => row.topics.includes(topic) && row.depth === 0)).toBe(true);
  });

  it("answers NotFound for an unknown version, point or party", async () => {
    await expect(getStanceMatrix({ documentSlug: PLAN, label: "No such draft" })).rejects.toThrow(NotFoundError);
    await expect(getStanceCell({ documentSlug: PLAN, label: "28-point", subject: { kind: "point", number: "999" }, partySlug: "ukraine" })).rejects.toThrow(NotFoundError);
    await expect(getStanceCell({ documentSlug: PLAN, label: "28-point", subject: { kind: "point", number: "6" }, partySlug: "nobody" })).rejects.toThrow(NotFoundError);
    await expect(getStanceCell({ documentSlug: PLAN, label: "28-point", subject: { kind: "removed", number: "6" }, partySlug: "ukraine" })).rejects.toThrow(NotFoundError);
  });
});

describe("a cell and its history", () => {
  it("follows the provision across versions: the current stance, newest first, with stances on later versions kept apart", async () => {
    const { document, one, two, analyst } = await linkedProvision();
    const party = await createParty(db);
    const source = await createSource(db);
    const early = await recordStance(analyst, stance({ versionId: one.version.id, pointId: one.points[0]!.id, partyId: party.id, position: "opposes", sourceIds: [source.id], statedOn: "2025-11-20" }));
    const later = await recordStance(
      analyst,
      stance({ versionId: two.version.id, pointId: two.points[0]!.id, partyId: party.id, position: "conditional", note: "Softer now.", statedOn: "2025-12-01", baseStanceId: early.id }),
    );

    const onSecond = await getStanceCell({ documentSlug: document.slug, label: "Second", subject: { kind: "point", number: "4" }, partySlug: party.slug });
    expect(onSecond.current?.id).toBe(later.id);
    expect(onSecond.history.map((item) => [item.id, item.versionLabel, item.pointNumber])).toEqual([
      [later.id, "Second", "4"],
      [early.id, "First", "6"],
    ]);
    expect(onSecond.history[1]?.sources.map((item) => item.id)).toEqual([source.id]);

    const onFirst = await getStanceCell({ documentSlug: document.slug, label: "First", subject: { kind: "point", number: "6" }, partySlug: party.slug });
    expect(onFirst.current?.id).toBe(early.id);
    expect(onFirst.history).toHaveLength(2);

    const matrix = await getStanceMatrix({ documentSlug: document.slug, label: "Second" });
    const column = matrix.parties.findIndex((item) => item.id === party.id);
    expect(matrix.rows.find((row) => row.number === "4")?.cells[column]).toMatchObject({ id: later.id, carriedOver: false });
    const onlyFirst = await getStanceMatrix({ documentSlug: document.slug, label: "First" });
    expect(onlyFirst.rows.find((row) => row.number === "6")?.cells[column]).toMatchObject({ id: early.id, position: "opposes" });
  });

  it("lists the sources already cited on the document first", async () => {
    const { document, one, analyst } = await linkedProvision();
    const party = await createParty(db);
    const cited = await createSource(db);
    const other = await createSource(db);
    await recordStance(analyst, stance({ versionId: one.version.id, pointId: null, partyId: party.id, position: "supports", sourceIds: [cited.id] }));
    const options = await listSourceOptions({ documentId: document.id });
    expect(options.cited.map((source) => source.id)).toEqual([cited.id]);
    expect(options.others.map((source) => source.id)).toContain(other.id);
  });
});

describe("notes and alternative wordings on the version page", () => {
  it("shows a note on every version of the provision, and diffs an alternative against the adopted text", async () => {
    const { one, two, analyst } = await linkedProvision();
    const party = await createParty(db);
    await addNote(analyst, { pointId: one.points[0]!.id, body: "Kyiv rejected the cap first." });
    await addAlternative(analyst, { versionId: two.version.id, pointId: two.points[0]!.id, partyId: party.id, text: "The army is capped at 600,000 in peacetime.", note: null });

    const second = await getVersionAnnotations({ versionId: two.version.id });
    expect(second.notes.get(two.points[0]!.id)?.map((note) => [note.body, note.anchor])).toEqual([
      ["Kyiv rejected the cap first.", { versionLabel: "First", number: "6" }],
    ]);
    expect(second.notes.get(two.points[1]!.id)).toBeUndefined();
    const [alternative] = second.alternatives.get(two.points[0]!.id) ?? [];
    expect(alternative?.party.id).toBe(party.id);
    expect(alternative?.diff?.ops).toEqual(
      expect.arrayContaining([
        { op: "delete", text: "800,000" },
        { op: "insert", text: "600,000" },
      ]),
    );
    const matrix = await getStanceMatrix({ documentSlug: (await db.document.findFirstOrThrow({ where: { id: one.version.documentId } })).slug, label: "Second" });
    expect(matrix.rows.find((row) => row.number === "4")?.alternativeCount).toBe(1);
  });
});

describe("a party's page", () => {
  it("groups every stance by document, version and point, and says what moved since a date", async () => {
    const { document, one, two, analyst } = await linkedProvision();
    const party = await createParty(db);
    const source = await createSource(db);
    const record = (fields: Record<string, unknown>) => recordStance(analyst, stance({ partyId: party.id, sourceIds: [source.id], ...fields }));
    const capOld = await record({ versionId: one.version.id, pointId: one.points[0]!.id, position: "opposes", statedOn: "2025-11-20" });
    const capNew = await record({ versionId: two.version.id, pointId: two.points[0]!.id, position: "conditional", statedOn: "2025-12-10", baseStanceId: capOld.id });
    const natoOld = await record({ versionId: one.version.id, pointId: one.points[1]!.id, position: "opposes", statedOn: "2025-11-20" });
    await record({ versionId: two.version.id, pointId: two.points[1]!.id, position: "opposes", statedOn: "2025-12-10", baseStanceId: natoOld.id });
    const whole = await record({ versionId: two.version.id, pointId: null, position: "supports", statedOn: "2025-12-12" });

    const { party: detail, groups } = await getParty({ slug: party.slug });
    expect(detail.uses.stances).toBe(5);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.document.slug).toBe(document.slug);
    expect(groups[0]?.versions.map((version) => [version.label, version.subjects.map((subject) => subject.pointNumber)])).toEqual([
      ["First", ["6", "7"]],
      ["Second", [null, "4", "5"]],
    ]);
    expect(groups[0]?.versions[1]?.subjects[1]?.stances[0]?.cell).toEqual({ documentSlug: document.slug, versionLabel: "Second", segment: "4" });

    const moves = await listPartyMoves({ partySlug: party.slug, since: "2025-12-01" });
    expect(moves.map((move) => [move.before?.stanceId ?? null, move.after.stanceId])).toEqual([
      [null, whole.id],
      [capOld.id, capNew.id],
    ]);
    expect(moves[1]).toMatchObject({
      before: { position: "opposes", versionLabel: "First", pointNumber: "6" },
      after: { position: "conditional", versionLabel: "Second", pointNumber: "4", cell: { segment: "4", versionLabel: "Second" } },
    });
    expect(await listPartyMoves({ partySlug: party.slug, since: "2025-12-12" })).toEqual([]);
    await expect(listPartyMoves({ partySlug: "no-such-party", since: "2025-12-01" })).rejects.toThrow(NotFoundError);

    const listed = (await listParties()).find((item) => item.id === party.id);
    expect(listed).toMatchObject({ stanceCount: 5, documentCount: 1, lastStatedOn: "2025-12-12" });
  });

  it("on the real dataset: Ukraine moved from conditional to supports on security guarantees after 1 Dec 2025", async () => {
    const moves = await listPartyMoves({ partySlug: "ukraine", since: "2025-12-01" });
    expect(moves.length).toBeGreaterThan(0);
    expect(moves).toContainEqual(
      expect.objectContaining({ before: expect.objectContaining({ position: "conditional" }), after: expect.objectContaining({ position: "supports", versionLabel: "2026 working text" }) }),
    );
  });
});

describe("the change feed", () => {
  it("lists edits and new versions newest first, filters by document and by party, and keeps accounts out", async () => {
    const { document, one, analyst } = await linkedProvision();
    const party = await createParty(db);
    const recorded = await recordStance(analyst, stance({ versionId: one.version.id, pointId: one.points[0]!.id, partyId: party.id, position: "opposes", note: "Seen in the briefing." }));
    const status = await setPointStatus(analyst, statusInputSchema.parse({ versionId: one.version.id, pointId: one.points[0]!.id, status: "contested", note: "Kyiv says no.", baseStatusId: null }));

    const byDocument = await listChanges({ documentSlug: document.slug });
    const ids = byDocument.items.map((item) => item.id);
    expect(ids.slice(0, 2)).toEqual([
      (await db.auditEntry.findFirstOrThrow({ where: { entityId: status.id } })).id,
      (await db.auditEntry.findFirstOrThrow({ where: { entityId: recorded.id } })).id,
    ]);
    expect(byDocument.items.filter((item) => item.kind === "version").map((item) => item.kind === "version" && item.version.label).sort()).toEqual(["First", "Second"]);
    expect(byDocument.items.every((item) => item.document?.slug === document.slug)).toBe(true);
    const stanceItem = byDocument.items.find((item) => item.kind === "edit" && item.action === "stance.record");
    expect(stanceItem).toMatchObject({
      actor: analyst.name,
      title: expect.stringContaining(`${party.name} on First, point 6 — opposes`),
      target: { kind: "stance-cell", documentSlug: document.slug, versionLabel: "First", segment: "6", partySlug: party.slug },
      reason: "Seen in the briefing.",
    });
    const statusItem = byDocument.items.find((item) => item.kind === "edit" && item.action === "status.set");
    expect(statusItem).toMatchObject({ fields: [{ field: "Status", before: null, after: "contested" }, { field: "Note", before: null, after: "Kyiv says no." }] });

    const byParty = await listChanges({ partySlug: party.slug });
    expect(byParty.items.map((item) => item.kind === "edit" && item.action)).toEqual(["stance.record"]);
    const both = await listChanges({ documentSlug: document.slug, partySlug: party.slug });
    expect(both.items).toHaveLength(1);

    const everything = await listChanges({ limit: 200 });
    expect(everything.items.some((item) => item.kind === "edit" && /^(user|token)\./.test(item.action))).toBe(false);
    await expect(listChanges({ documentSlug: "no-such-document" })).rejects.toThrow(NotFoundError);
    await expect(listChanges({ partySlug: "no-such-party" })).rejects.toThrow(NotFoundError);
  });

  it("pages with ?before without losing or repeating changes, and never splits changes made at the same moment", async () => {
    const document = await createDocument(db);
    // Two versions made at the same moment (as a dataset load does).
    const moment = new Date(Date.now() - 60_000);
    await db.version.createMany({
      data: [
        { documentId: document.id, label: "A", position: 1, textStatus: "full", createdAt: moment },
        { documentId: document.id, label: "B", position: 2, textStatus: "full", createdAt: moment },
      ],
    });
    const { version } = await createVersion(db, document.id, { label: "C", position: 3, points: [{ number: "1" }] });
    const analyst = await createActor(db, "analyst");
    await addNote(analyst, { pointId: (await db.point.findFirstOrThrow({ where: { versionId: version.id } })).id, body: "One." });

    const first = await listChanges({ documentSlug: document.slug, limit: 3 });
    expect(first.items.map((item) => (item.kind === "version" ? item.version.label : item.action))).toEqual(["note.add", "C", expect.any(String), expect.any(String)]);
    expect(first.items.slice(2).map((item) => item.kind === "version" && item.version.label).sort()).toEqual(["A", "B"]);
    expect(first.nextBefore).not.toBeNull();
    const second = await listChanges({ documentSlug: document.slug, before: first.nextBefore, limit: 3 });
    expect(second.items).toEqual([]);
    expect(second.nextBefore).toBeNull();

    const small = await listChanges({ documentSlug: document.slug, limit: 1 });
    const rest = await listChanges({ documentSlug: document.slug, before: small.nextBefore, limit: 10 });
    expect([...small.items, ...rest.items].map((item) => item.id).sort()).toEqual(first.items.map((item) => item.id).sort());
  });
});
