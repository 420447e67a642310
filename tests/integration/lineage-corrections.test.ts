import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getComparison } from "@/lib/data/compare/get-comparison";
import { getPointHistory } from "@/lib/data/history/get-point-history";
import { linkPoints } from "@/lib/data/lineage/link-points";
import { unlinkPoints } from "@/lib/data/lineage/unlink-points";
import { createDatabase, type Database } from "@/lib/db";
import { ForbiddenError, InvalidInputError } from "@/lib/errors";
import { createActor, createDocument, createVersion } from "../support/factories";

let db: Database;
beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL as string);
});
afterAll(async () => {
  await db.$disconnect();
});

const ARMY_600 = "The armed forces are capped at 600,000 personnel in war and in peace.";
const ARMY_800 = "The armed forces are capped at 800,000 personnel in peacetime.";
const ELECTIONS = "Elections are held within one hundred days of signature, under international observation.";
const CEASEFIRE = "A ceasefire takes effect once both sides withdraw to the agreed positions.";

async function twoDrafts() {
  const document = await createDocument(db);
  const one = await createVersion(db, document.id, { label: "First", position: 1, points: [
    { number: "1", text: ARMY_600 },
    { number: "2", text: ELECTIONS },
  ] });
  const two = await createVersion(db, document.id, { label: "Second", position: 2, points: [
    { number: "1", text: ARMY_800 },
    { number: "2", text: CEASEFIRE },
  ] });
  return { document, one, two };
}

const kindsOf = async (slug: string) =>
  (await getComparison({ documentSlug: slug, from: "First", to: "Second" })).rows.map((row) => [
    row.kind,
    row.from.map((p) => p.number).join(","),
    row.to.map((p) => p.number).join(","),
  ]);

describe("an analyst correcting the alignment", () => {
  it("unlinks a wrong automatic match and links the right pair; every view follows, and each change is audited", async () => {
    const { document, one, two } = await twoDrafts();
    const analyst = await createActor(db, "analyst");
    expect(await kindsOf(document.slug)).toEqual([
      ["modified", "1", "1"],
      ["removed", "2", ""],
      ["added", "", "2"],
    ]);

    await unlinkPoints(analyst, { fromPointId: one.points[0]!.id, toPointId: two.points[0]!.id, note: "Different clause." });
    expect(await kindsOf(document.slug)).toEqual(
      expect.arrayContaining([["removed", "1", ""], ["added", "", "1"]]),
    );

    const link = await linkPoints(analyst, { fromPointId: one.points[1]!.id, toPointId: two.points[1]!.id, method: "manual" });
    expect(link).toMatchObject({ method: "manual", confidence: 1, confirmedById: analyst.userId, type: "modified" });
    const rows = await getComparison({ documentSlug: document.slug, from: "First", to: "Second" });
    expect(rows.rows.find((row) => row.from[0]?.number === "2")).toMatchObject({ kind: "modified", confirmed: true });

    const history = await getPointHistory({ documentSlug: document.slug, versionLabel: "Second", number: "2" });
    expect(history.entries.map((entry) => [entry.version.label, entry.presence, entry.points.map((p) => p.number)])).toEqual([
      ["First", "present", ["2"]],
      ["Second", "present", ["2"]],
    ]);
    expect(history.entries[1]?.diffToPrevious?.previousLabel).toBe("First");
    expect(history.links[0]).toMatchObject({ method: "manual", confirmedBy: analyst.name });

    const audit = await db.auditEntry.findMany({ where: { documentId: document.id }, orderBy: { at: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["lineage.unlink", analyst.userId],
      ["lineage.link", analyst.userId],
    ]);
    expect(audit[0]?.reason).toBe("Different clause.");
  });

  it("unlinking a stored link deletes it (kept in the audit row) and linking again restores it", async () => {
    const { document, one, two } = await twoDrafts();
    const analyst = await createActor(db, "analyst");
    await linkPoints(analyst, { fromPointId: one.points[0]!.id, toPointId: two.points[0]!.id, method: "auto", similarity: 0.8 });
    await unlinkPoints(analyst, { fromPointId: one.points[0]!.id, toPointId: two.points[0]!.id });
    expect(await db.lineageLink.count({ where: { fromPointId: one.points[0]!.id } })).toBe(0);
    const unlinkAudit = await db.auditEntry.findFirstOrThrow({ where: { documentId: document.id, action: "lineage.unlink" } });
    expect(unlinkAudit.before).toEqual([expect.objectContaining({ method: "auto", confidence: 0.8 })]);

    await linkPoints(analyst, { fromPointId: one.points[0]!.id, toPointId: two.points[0]!.id, method: "manual" });
    expect(await db.lineageRejection.count({ where: { fromPointId: one.points[0]!.id } })).toBe(0);
  });

  it("refuses readers, and links within one version or through other versions", async () => {
    const { one, two } = await twoDrafts();
    const reader = await createActor(db, "reader");
    const analyst = await createActor(db, "analyst");
    await expect(linkPoints(reader, { fromPointId: one.points[0]!.id, toPointId: two.points[0]!.id, method: "manual" })).rejects.toThrow(ForbiddenError);
    await expect(linkPoints(analyst, { fromPointId: one.points[0]!.id, toPointId: one.points[1]!.id, method: "manual" })).rejects.toThrow(InvalidInputError);

    const third = await createVersion(db, (await db.version.findUniqueOrThrow({ where: { id: one.version.id } })).documentId, {
      label: "Third", position: 3, points: [{ number: "1", text: ARMY_800 }],
    });
    await linkPoints(analyst, { fromPointId: one.points[0]!.id, toPointId: two.points[0]!.id, method: "manual" });
    await linkPoints(analyst, { fromPointId: two.points[0]!.id, toPointId: third.points[0]!.id, method: "manual" });
    await expect(unlinkPoints(analyst, { fromPointId: one.points[0]!.id, toPointId: third.points[0]!.id })).rejects.toThrow(
      /through intermediate versions/,
    );
  });
});

describe("the history of a provision in the real dataset", () => {
  it("follows the army-size point from the 28-point plan to the 2026 working text", async () => {
    const history = await getPointHistory({ documentSlug: "us-brokered-peace-framework", versionLabel: "28-point", number: "6" });
    expect(history.entries.map((entry) => [entry.version.label, entry.points.map((p) => (p.numberProvisional ? `~${p.number}` : p.number)).join()])).toEqual([
      ["28-point", "6"],
      ["E3 counter-proposal", "6"],
      ["Geneva ~19-point", "~6"],
      ["20-point framework", "4"],
      ["2026 working text", "~4"],
    ]);
    expect(history.entries[1]?.diffToPrevious?.ops.some((op) => op.op === "insert" && op.text.includes("800,000"))).toBe(true);
    expect(history.entries[3]?.diffToPrevious?.previousLabel).toBe("E3 counter-proposal");
    expect(history.stances.some((stance) => stance.party.slug === "ukraine" && stance.position === "opposes")).toBe(true);
  });

  it("shows a removal in the version that made it", async () => {
    const history = await getPointHistory({ documentSlug: "us-brokered-peace-framework", versionLabel: "28-point", number: "26" });
    expect(history.entries.map((entry) => entry.presence)).toEqual(["present", "removed", "removed", "absent", "absent"]);
    expect(history.entries[1]?.removal?.summary).toBe("The blanket amnesty is deleted.");
  });
});
