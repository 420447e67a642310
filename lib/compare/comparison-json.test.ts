import { describe, expect, it } from "vitest";
import type { Comparison } from "@/lib/data/compare/get-comparison";
import { toComparisonJson } from "./comparison-json";

const version = (label: string, position: number) => ({ id: `id-${label}`, label, position, publishedOn: "2025-11-20", textStatus: "full" as const });
const point = (number: string, text: string | null) => ({
  id: `p-${number}`,
  number,
  numberProvisional: false,
  position: 1,
  text,
  summary: null,
  topics: ["nato"],
  versionId: "internal",
});

describe("toComparisonJson", () => {
  it("keeps the public fields only, rounds similarity, and passes null diffs through", () => {
    const party = { id: "party-id", slug: "ukraine", name: "Ukraine", shortLabel: "UA", colour: "#0057b7" };
    const comparison = {
      document: { id: "doc-id", slug: "plan", title: "Plan" },
      versions: [],
      from: version("One", 1),
      to: version("Two", 2),
      summary: { unchanged: 0, modified: 1, renumbered: 0, moved: 0, split: 0, merged: 0, added: 0, removed: 1, unknown: 0 },
      parties: [party],
      rows: [
        {
          kind: "modified",
          status: "modified",
          similarity: 0.499497978,
          confirmed: false,
          rewritten: false,
          topics: ["nato"],
          from: [point("6", "capped at 600,000")],
          to: [point("6", "capped at 800,000")],
          diff: [
            { op: "equal", text: "capped at " },
            { op: "delete", text: "600,000" },
            { op: "insert", text: "800,000" },
          ],
          removal: null,
          stances: [{ stanceId: "s", party, position: "opposes", summary: "No cap.", statedOn: "2025-11-20", versionLabel: "One" }],
        },
        {
          kind: "removed",
          status: "removed",
          similarity: null,
          confirmed: true,
          rewritten: false,
          topics: [],
          from: [point("3", null)],
          to: [],
          diff: null,
          removal: { summary: "Dropped.", note: null, sources: [] },
          stances: [],
        },
      ],
    } as unknown as Comparison;

    const json = toComparisonJson(comparison);
    expect(json.document).toEqual({ slug: "plan", title: "Plan" });
    expect(json.rows[0]?.similarity).toBe(0.499);
    expect(json.rows[0]?.from[0]).toEqual({ id: "p-6", number: "6", numberProvisional: false, text: "capped at 600,000", summary: null, topics: ["nato"] });
    expect(json.rows[0]?.stances).toEqual([{ party: { slug: "ukraine", name: "Ukraine" }, position: "opposes", summary: "No cap.", statedOn: "2025-11-20", versionLabel: "One" }]);
    expect(json.rows[1]).toMatchObject({ kind: "removed", diff: null, to: [], removal: { summary: "Dropped.", sources: [] } });
    expect(JSON.stringify(json)).not.toContain("internal");
  });
});
