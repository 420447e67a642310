import { describe, expect, it } from "vitest";
import type { Dataset } from "./dataset-schema";
import { DatasetError, resolveDataset } from "./resolve-dataset";

const source = { id: "src-a", outlet: "Wire", title: "Report", published: "2025-11-20", url: "https://example.org/a", reliability: "leak" as const };
const point = (number: string, extra: Partial<Dataset["documents"][number]["versions"][number]["points"][number]> = {}) => ({
  number,
  topic: ["topic"],
  summary: `Summary of ${number}.`,
  status: "present" as const,
  predecessor: null,
  notes: "",
  sourceIds: ["src-a"],
  ...extra,
});

function dataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    parties: [{ slug: "ukraine", name: "Ukraine", kind: "state" }],
    sources: [source],
    documents: [
      {
        slug: "plan",
        title: "Plan",
        summary: "",
        versions: [
          { label: "v1", published: "2025-11-20", origin: "US", textStatus: "full", sourceIds: ["src-a"], points: [point("1"), point("2"), point("2a")] },
          {
            label: "v2",
            published: null,
            origin: "",
            textStatus: "unreleased",
            sourceIds: [],
            points: [
              point("~1", { predecessor: "1", status: "modified" }),
              point("~2", { predecessor: "2", status: "removed", notes: "Dropped." }),
              point("~3", { predecessor: "2a" }),
            ],
          },
          { label: "v3", published: null, origin: "", textStatus: "partial", sourceIds: [], points: [point("1", { predecessor: "~2", status: "added" })] },
        ],
      },
    ],
    stances: [],
    events: [],
    openQuestions: [],
    ...overrides,
  };
}

describe("resolveDataset", () => {
  it("turns ~N into a provisional number and keeps unreleased wording out of the text", () => {
    const [, v2] = resolveDataset(dataset()).versions;
    expect(v2?.points.map((p) => [p.key.number, p.numberProvisional, p.text, p.summary])).toEqual([
      ["1", true, null, "Summary of ~1."],
      ["3", true, null, "Summary of ~3."],
    ]);
  });

  it("treats a removed entry as the removed status of its predecessor, not as a point", () => {
    const [, v2] = resolveDataset(dataset()).versions;
    expect(v2?.points.some((p) => p.key.number === "2")).toBe(false);
    expect(v2?.statuses.find((s) => s.status === "removed")).toEqual({
      version: "v2",
      point: { document: "plan", version: "v1", number: "2" },
      status: "removed",
      summary: "Summary of ~2.",
      note: "Dropped.",
      sourceKeys: ["src-a"],
    });
  });

  it("links each point to its predecessor, through a removal entry to the point it removed", () => {
    const [, v2, v3] = resolveDataset(dataset()).versions;
    expect(v2?.links).toEqual([
      { from: { document: "plan", version: "v1", number: "1" }, to: { document: "plan", version: "v2", number: "1" }, type: "modified" },
      { from: { document: "plan", version: "v1", number: "2a" }, to: { document: "plan", version: "v2", number: "3" }, type: "renumbered" },
    ]);
    expect(v3?.links[0]?.from).toEqual({ document: "plan", version: "v1", number: "2" });
  });

  it("maps present to unchanged and attaches lettered sub-points to their parent", () => {
    const [v1] = resolveDataset(dataset()).versions;
    expect(v1?.statuses.map((s) => s.status)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(v1?.points.find((p) => p.key.number === "2a")?.parentNumber).toBe("2");
    expect(v1?.points.find((p) => p.key.number === "1")?.text).toBe("Summary of 1.");
  });

  it("resolves a stance on * to the whole version and on ~N to that point", () => {
    const resolved = resolveDataset(
      dataset({
        stances: [
          { party: "ukraine", document: "plan", version: "v2", point: "*", stance: "supports", summary: "Yes.", date: "2025-11-21", sourceIds: ["src-a"] },
          { party: "ukraine", document: "plan", version: "v2", point: "~3", stance: "opposes", summary: "No.", date: "2025-11-22", sourceIds: [] },
        ],
      }),
    );
    expect(resolved.stances.map((s) => s.point)).toEqual([null, { document: "plan", version: "v2", number: "3" }]);
  });

  it("collects every broken reference instead of stopping at the first", () => {
    const broken = dataset({
      stances: [{ party: "atlantis", document: "plan", version: "v9", point: "1", stance: "supports", summary: "?", date: "2025-11-21", sourceIds: ["src-missing"] }],
    });
    broken.documents[0]!.versions[1]!.points[2]!.predecessor = "7";
    const failure = (() => {
      try {
        resolveDataset(broken);
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(DatasetError);
    expect((failure as DatasetError).problems).toEqual([
      expect.stringContaining("predecessor 7 is not in the previous version"),
      expect.stringContaining('unknown source "src-missing"'),
      expect.stringContaining('unknown party "atlantis"'),
      expect.stringContaining("unknown document or version"),
    ]);
  });
});
