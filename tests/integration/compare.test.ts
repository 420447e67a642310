import { describe, expect, it } from "vitest";
import { getComparison, type ComparisonRow } from "@/lib/data/compare/get-comparison";
import { NotFoundError } from "@/lib/errors";

const DOCUMENT = "us-brokered-peace-framework";

const rowWith = (rows: ComparisonRow[], side: "from" | "to", number: string) =>
  rows.find((row) => row[side].some((point) => point.number === number));

describe("comparing versions of the real dataset", () => {
  it("28-point plan vs European counter-proposal: the army cap is modified with the figures highlighted", async () => {
    const comparison = await getComparison({ documentSlug: DOCUMENT, from: "28-point", to: "E3 counter-proposal" });
    const army = rowWith(comparison.rows, "from", "6");
    expect(army).toMatchObject({ kind: "modified", status: "modified", confirmed: true });
    expect(army?.to.map((point) => point.number)).toEqual(["6"]);
    // The E3 text raises the cap to 800,000 and mentions the old 600,000 only as what it replaces.
    const inserted = army?.diff?.filter((op) => op.op === "insert").map((op) => op.text).join(" ");
    const deleted = army?.diff?.filter((op) => op.op === "delete").map((op) => op.text).join(" ");
    expect(inserted).toContain("800,000");
    expect(deleted).toContain("The cap applies in war and peace alike.");
    // Figures are whole tokens: no op holds a fragment of one.
    expect(army?.diff?.every((op) => !/(^|\D),\d{3}|\d,$/.test(op.text.trim()))).toBe(true);
    // The ops rebuild both texts exactly.
    const rebuilt = (keep: "insert" | "delete") =>
      army?.diff?.filter((op) => op.op !== keep).map((op) => op.text).join("");
    expect(rebuilt("insert")).toBe(army?.from[0]?.text);
    expect(rebuilt("delete")).toBe(army?.to[0]?.text);
  });

  it("shows points the counter-proposal dropped as removed, with the recorded explanation", async () => {
    const comparison = await getComparison({ documentSlug: DOCUMENT, from: "28-point", to: "E3 counter-proposal" });
    for (const number of ["3", "10d", "26"]) {
      const row = rowWith(comparison.rows, "from", number);
      expect(row, `row for point ${number}`).toMatchObject({ kind: "removed", status: "removed", to: [] });
      expect(row?.removal?.sources.length).toBeGreaterThan(0);
    }
    expect(comparison.summary.removed).toBeGreaterThanOrEqual(3);
  });

  it("shows the post-Geneva draft's unreleased points as unknown, not removed", async () => {
    const comparison = await getComparison({ documentSlug: DOCUMENT, from: "28-point", to: "Geneva ~19-point" });
    const sovereignty = rowWith(comparison.rows, "from", "1");
    expect(sovereignty).toMatchObject({ kind: "unknown", diff: null });
    expect(sovereignty?.to[0]).toMatchObject({ number: "1", numberProvisional: true, text: null });
    const territory = rowWith(comparison.rows, "from", "21");
    expect(territory).toMatchObject({ kind: "unknown", status: "contested" });
    // Geneva dropped the amnesty clause: that is a recorded removal, not an unknown.
    expect(rowWith(comparison.rows, "from", "26")).toMatchObject({ kind: "removed" });
  });

  it("compares non-adjacent versions through the lineage, in either order", async () => {
    const forward = await getComparison({ documentSlug: DOCUMENT, from: "28-point", to: "20-point framework" });
    expect(rowWith(forward.rows, "from", "6")?.to.map((p) => p.number)).toEqual(["4"]);
    expect(rowWith(forward.rows, "to", "10")).toMatchObject({ kind: "added", from: [] });

    const backward = await getComparison({ documentSlug: DOCUMENT, from: "20-point framework", to: "28-point" });
    expect(rowWith(backward.rows, "from", "4")?.to.map((p) => p.number)).toEqual(["6"]);
    expect(rowWith(backward.rows, "from", "10")).toMatchObject({ kind: "removed", to: [] });
  });

  it("shows each party's latest stance on the provision", async () => {
    const comparison = await getComparison({ documentSlug: DOCUMENT, from: "28-point", to: "E3 counter-proposal" });
    const territory = rowWith(comparison.rows, "from", "21");
    expect(territory?.stances).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ party: expect.objectContaining({ slug: "ukraine" }), position: "opposes", versionLabel: "28-point" }),
        expect.objectContaining({ party: expect.objectContaining({ slug: "european-partners" }), position: "proposed" }),
      ]),
    );
  });

  it("accepts version ids as well as labels, and reports unknown ones", async () => {
    const byLabel = await getComparison({ documentSlug: DOCUMENT, from: "28-point", to: "E3 counter-proposal" });
    const byId = await getComparison({ documentSlug: DOCUMENT, from: byLabel.from.id, to: byLabel.to.id });
    expect(byId.rows.map((row) => row.kind)).toEqual(byLabel.rows.map((row) => row.kind));
    await expect(getComparison({ documentSlug: DOCUMENT, from: "28-point", to: "99-point" })).rejects.toThrow(NotFoundError);
    await expect(getComparison({ documentSlug: "no-such-document", from: "a", to: "b" })).rejects.toThrow(NotFoundError);
  });
});
