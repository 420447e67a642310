import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/errors";
import { alignPoints } from "./align-points";
import type { AlignedRow, AlignPoint } from "./types";

const CLAUSE = {
  sovereignty:
    "Ukraine's sovereignty will be confirmed, and the Parties recognise the inviolability of its internationally recognised borders as they stood at the moment of signature.",
  nonAggression:
    "A comprehensive non-aggression agreement will be concluded between Russia, Ukraine and Europe, and all ambiguities of the last thirty years will be considered settled.",
  expansion: "It is expected that Russia will not invade neighbouring countries and that NATO will not expand further to the east.",
  dialogue:
    "A dialogue will be held between Russia and NATO, mediated by the United States, to resolve all security issues and to create conditions for de-escalation.",
  guarantees:
    "Ukraine will receive reliable security guarantees from the United States and European partners, reviewed by a joint commission every ten years.",
  army: "The size of the Armed Forces of Ukraine will be limited to 600,000 personnel in peacetime, with reserves counted separately.",
  assets:
    "Frozen Russian assets worth $100bn will be invested in US-led efforts to rebuild and invest in Ukraine, and the United States will receive 50% of the profit.",
  nuclear:
    "The Zaporizhzhia nuclear power plant will be restarted under the supervision of the IAEA, and the electricity produced will be distributed 50-50 between Russia and Ukraine.",
  prisoners:
    "All prisoners and bodies will be exchanged on an all-for-all basis, and all civilian detainees and hostages will be returned, including children.",
  elections: "Ukraine will hold elections within 100 days after the signing of the agreement.",
  heritage:
    "An independent commission will catalogue damaged cultural heritage sites along the Dnipro and publish an annual inventory open to scholars.",
};

type Spec = [number: string, text: string | null, extra?: Partial<AlignPoint>];

/** A version whose points get ids `${prefix}1`, `${prefix}2`… and positions in the order given. */
function version(prefix: string, specs: Spec[]): AlignPoint[] {
  return specs.map(([number, text, extra], k) => ({
    id: `${prefix}${k + 1}`,
    number,
    numberProvisional: false,
    position: k + 1,
    text,
    summary: null,
    ...extra,
  }));
}

function rowOf(rows: AlignedRow[], id: string): AlignedRow {
  const row = rows.find((r) => r.from.includes(id) || r.to.includes(id));
  if (!row) throw new Error(`no row holds ${id}`);
  return row;
}

const pairs = (rows: AlignedRow[]) => rows.map((r) => [r.kind, r.from, r.to]);

describe("alignPoints", () => {
  it("finds unchanged points: same wording, same number", () => {
    const from = version("a", [["1", CLAUSE.sovereignty], ["2", CLAUSE.nonAggression]]);
    const to = version("b", [["1", CLAUSE.sovereignty], ["2", `  ${CLAUSE.nonAggression.toUpperCase()}\n`]]);
    expect(alignPoints(from, to)).toEqual([
      { kind: "unchanged", from: ["a1"], to: ["b1"], similarity: 1, confirmed: false },
      { kind: "unchanged", from: ["a2"], to: ["b2"], similarity: 1, confirmed: false },
    ]);
  });

  it("finds renumbered points and places a removed point after its predecessor's row", () => {
    const from = version("a", [["1", CLAUSE.sovereignty], ["2", CLAUSE.nonAggression], ["3", CLAUSE.expansion], ["4", CLAUSE.dialogue]]);
    const to = version("b", [["1", CLAUSE.sovereignty], ["2", CLAUSE.expansion], ["3", CLAUSE.dialogue]]);
    expect(pairs(alignPoints(from, to))).toEqual([
      ["unchanged", ["a1"], ["b1"]],
      ["removed", ["a2"], []],
      ["renumbered", ["a3"], ["b2"]],
      ["renumbered", ["a4"], ["b3"]],
    ]);
  });

  it("places a removed point after the row of the point before it, even when that one moved", () => {
    const from = version("a", [["1", CLAUSE.sovereignty], ["2", CLAUSE.nuclear], ["3", CLAUSE.nonAggression], ["4", CLAUSE.prisoners], ["5", CLAUSE.expansion]]);
    const to = version("b", [["1", CLAUSE.nonAggression], ["2", CLAUSE.expansion], ["3", CLAUSE.sovereignty]]);
    expect(pairs(alignPoints(from, to))).toEqual([
      ["renumbered", ["a3"], ["b1"]],
      ["removed", ["a4"], []],
      ["renumbered", ["a5"], ["b2"]],
      ["moved", ["a1"], ["b3"]],
      ["removed", ["a2"], []],
    ]);
  });

  it("finds modified points and scores them below 1", () => {
    const from = version("a", [["6", CLAUSE.army], ["7", CLAUSE.assets]]);
    const to = version("b", [
      ["6", "The size of the Armed Forces of Ukraine will be capped at 800,000 personnel in peacetime, with reserves counted separately."],
      ["7", CLAUSE.assets],
    ]);
    const row = rowOf(alignPoints(from, to), "a1");
    expect(row).toMatchObject({ kind: "modified", from: ["a1"], to: ["b1"], confirmed: false });
    expect(row.similarity).toBeGreaterThan(0.55);
    expect(row.similarity).toBeLessThan(1);
  });

  it("marks only the point that left its place as moved", () => {
    const from = version("a", [["1", CLAUSE.sovereignty], ["2", CLAUSE.nonAggression], ["3", CLAUSE.expansion], ["4", CLAUSE.dialogue], ["5", CLAUSE.guarantees]]);
    const to = version("b", [["1", CLAUSE.nonAggression], ["2", CLAUSE.expansion], ["3", CLAUSE.dialogue], ["4", CLAUSE.sovereignty], ["5", CLAUSE.guarantees]]);
    expect(pairs(alignPoints(from, to))).toEqual([
      ["renumbered", ["a2"], ["b1"]],
      ["renumbered", ["a3"], ["b2"]],
      ["renumbered", ["a4"], ["b3"]],
      ["moved", ["a1"], ["b4"]],
      ["unchanged", ["a5"], ["b5"]],
    ]);
  });

  it("finds a point split into two consecutive points", () => {
    const from = version("a", [["8", CLAUSE.prisoners], ["9", `${CLAUSE.assets} ${CLAUSE.nuclear}`], ["10", CLAUSE.elections]]);
    const to = version("b", [["8", CLAUSE.prisoners], ["9a", CLAUSE.assets], ["9b", CLAUSE.nuclear.replace("IAEA", "International Atomic Energy Agency")], ["10", CLAUSE.elections]]);
    const rows = alignPoints(from, to);
    expect(pairs(rows)).toEqual([
      ["unchanged", ["a1"], ["b1"]],
      ["split", ["a2"], ["b2", "b3"]],
      ["unchanged", ["a3"], ["b4"]],
    ]);
    expect(rowOf(rows, "a2").similarity).toBeGreaterThan(0.9);
  });

  it("finds two consecutive points merged into one", () => {
    const from = version("a", [["4", CLAUSE.dialogue], ["5", CLAUSE.guarantees], ["6", CLAUSE.army], ["7", CLAUSE.elections]]);
    const to = version("b", [["4", CLAUSE.dialogue], ["5", `${CLAUSE.guarantees} ${CLAUSE.army}`], ["6", CLAUSE.elections]]);
    expect(pairs(alignPoints(from, to))).toEqual([
      ["unchanged", ["a1"], ["b1"]],
      ["merged", ["a2", "a3"], ["b2"]],
      ["renumbered", ["a4"], ["b3"]],
    ]);
  });

  it("reports a new clause as added and a dropped one as removed, not as a rewording", () => {
    const from = version("a", [["1", CLAUSE.sovereignty], ["2", CLAUSE.nuclear], ["3", CLAUSE.expansion]]);
    const to = version("b", [["1", CLAUSE.sovereignty], ["2", CLAUSE.heritage], ["3", CLAUSE.expansion]]);
    expect(alignPoints(from, to)).toEqual([
      { kind: "unchanged", from: ["a1"], to: ["b1"], similarity: 1, confirmed: false },
      { kind: "removed", from: ["a2"], to: [], similarity: null, confirmed: false },
      { kind: "added", from: [], to: ["b2"], similarity: null, confirmed: false },
      { kind: "unchanged", from: ["a3"], to: ["b3"], similarity: 1, confirmed: false },
    ]);
  });

  it("pairs repeated identical wording in order", () => {
    const reserved = "This point is reserved.";
    const from = version("a", [["1", reserved], ["2", CLAUSE.army], ["3", reserved]]);
    const to = version("b", [["1", reserved], ["2", CLAUSE.army], ["3", reserved]]);
    expect(pairs(alignPoints(from, to))).toEqual([
      ["unchanged", ["a1"], ["b1"]],
      ["unchanged", ["a2"], ["b2"]],
      ["unchanged", ["a3"], ["b3"]],
    ]);
  });

  it("lets a stricter threshold turn a rewording into a removal and an addition", () => {
    const from = version("a", [["6", CLAUSE.army]]);
    const to = version("b", [["6", CLAUSE.army.replace("600,000", "800,000")]]);
    expect(alignPoints(from, to)[0]?.kind).toBe("modified");
    expect(pairs(alignPoints(from, to, { threshold: 0.999 }))).toEqual([
      ["removed", ["a1"], []],
      ["added", [], ["b1"]],
    ]);
    expect(() => alignPoints(from, to, { threshold: 0 })).toThrow(InvalidInputError);
    expect(() => alignPoints(from, to, { threshold: Number.NaN })).toThrow(InvalidInputError);
  });
});

describe("alignPoints with unreleased wording", () => {
  it("matches by equal number label and reports the row as unknown", () => {
    const from = version("a", [["1", CLAUSE.sovereignty], ["2", CLAUSE.army]]);
    const to = version("b", [["1", CLAUSE.sovereignty], ["2", null, { numberProvisional: true }]]);
    expect(alignPoints(from, to)[1]).toEqual({ kind: "unknown", from: ["a2"], to: ["b2"], similarity: null, confirmed: false });
  });

  it("does not guess between points sharing a number label", () => {
    const from = version("a", [["3", null], ["3", null]]);
    const to = version("b", [["3", null]]);
    expect(pairs(alignPoints(from, to))).toEqual([
      ["removed", ["a1"], []],
      ["removed", ["a2"], []],
      ["added", [], ["b1"]],
    ]);
  });

  it("matches by summary when the number differs", () => {
    const from = version("a", [["12", CLAUSE.elections], ["13", CLAUSE.heritage]]);
    const to = version("b", [["20", null, { summary: "Ukraine to hold elections within 100 days" }], ["13", CLAUSE.heritage]]);
    expect(pairs(alignPoints(from, to))).toEqual([
      ["unknown", ["a1"], ["b1"]],
      ["unchanged", ["a2"], ["b2"]],
    ]);
  });

  it("never calls a row with unreleased wording unchanged or modified", () => {
    const summary = "Army capped at 600,000";
    const from = version("a", [["6", null, { summary }], ["7", CLAUSE.assets]]);
    const to = version("b", [["6", null, { summary }], ["7", null, { summary: "Frozen assets invested in Ukraine" }]]);
    const rows = alignPoints(from, to, { confirmedLinks: [{ fromId: "a2", toId: "b2" }] });
    expect(rows).toEqual([
      { kind: "unknown", from: ["a1"], to: ["b1"], similarity: null, confirmed: false },
      { kind: "unknown", from: ["a2"], to: ["b2"], similarity: null, confirmed: true },
    ]);
  });

  it("prefers wording over a number label", () => {
    const from = version("a", [["5", CLAUSE.guarantees], ["6", CLAUSE.army]]);
    const to = version("b", [["5", CLAUSE.army], ["6", null, { numberProvisional: true }]]);
    expect(pairs(alignPoints(from, to))).toEqual([
      ["removed", ["a1"], []],
      ["renumbered", ["a2"], ["b1"]],
      ["added", [], ["b2"]],
    ]);
  });
});

describe("alignPoints with confirmed correspondences", () => {
  it("keeps a confirmed link between dissimilar points", () => {
    const from = version("a", [["1", CLAUSE.nuclear], ["2", CLAUSE.expansion]]);
    const to = version("b", [["1", CLAUSE.heritage], ["2", CLAUSE.expansion]]);
    expect(pairs(alignPoints(from, to))[0]).toEqual(["removed", ["a1"], []]);
    const rows = alignPoints(from, to, { confirmedLinks: [{ fromId: "a1", toId: "b1" }] });
    expect(rows[0]).toMatchObject({ kind: "modified", from: ["a1"], to: ["b1"], confirmed: true });
    expect(rows[0]?.similarity).toBeLessThan(0.55);
  });

  it("never matches a point confirmed removed, even to its identical twin", () => {
    const from = version("a", [["1", CLAUSE.sovereignty], ["2", CLAUSE.army]]);
    const to = version("b", [["1", CLAUSE.sovereignty], ["2", CLAUSE.army]]);
    expect(alignPoints(from, to, { confirmedRemoved: ["a2"] })).toEqual([
      { kind: "unchanged", from: ["a1"], to: ["b1"], similarity: 1, confirmed: false },
      { kind: "removed", from: ["a2"], to: [], similarity: null, confirmed: true },
      { kind: "added", from: [], to: ["b2"], similarity: null, confirmed: false },
    ]);
    expect(rowOf(alignPoints(from, to, { confirmedAdded: ["b1"] }), "b1")).toEqual({
      kind: "added", from: [], to: ["b1"], similarity: null, confirmed: true,
    });
  });

  it("never pairs points an analyst rejected as counterparts, even with identical wording", () => {
    const from = version("a", [["1", CLAUSE.sovereignty], ["2", CLAUSE.army], ["3", CLAUSE.elections]]);
    const to = version("b", [["1", CLAUSE.sovereignty], ["2", CLAUSE.army.replace("600,000", "800,000")], ["3", CLAUSE.elections]]);
    expect(rowOf(alignPoints(from, to), "a2")).toMatchObject({ kind: "modified", to: ["b2"] });

    const rows = alignPoints(from, to, { rejectedLinks: [{ fromId: "a2", toId: "b2" }, { fromId: "a3", toId: "b3" }] });
    expect(rowOf(rows, "a1")).toMatchObject({ kind: "unchanged", to: ["b1"] });
    expect(rowOf(rows, "a2")).toMatchObject({ kind: "removed", to: [] });
    expect(rowOf(rows, "b2")).toMatchObject({ kind: "added", from: [] });
    expect(rowOf(rows, "a3")).toMatchObject({ kind: "removed", to: [] });
  });

  it("reads confirmed one-to-many links as a split and many-to-one as a merge", () => {
    const from = version("a", [["1", CLAUSE.prisoners], ["2", CLAUSE.elections], ["3", CLAUSE.dialogue]]);
    const to = version("b", [["1", CLAUSE.heritage], ["2", CLAUSE.nuclear], ["3", CLAUSE.assets]]);
    const rows = alignPoints(from, to, {
      confirmedLinks: [
        { fromId: "a1", toId: "b1" },
        { fromId: "a1", toId: "b2" },
        { fromId: "a2", toId: "b3" },
        { fromId: "a3", toId: "b3" },
      ],
    });
    expect(rows.map((r) => [r.kind, r.from, r.to, r.confirmed])).toEqual([
      ["split", ["a1"], ["b1", "b2"], true],
      ["merged", ["a2", "a3"], ["b3"], true],
    ]);
  });

  it("skips confirmations naming points of other versions", () => {
    const from = version("a", [["1", CLAUSE.sovereignty]]);
    const to = version("b", [["1", CLAUSE.sovereignty]]);
    const rows = alignPoints(from, to, { confirmedLinks: [{ fromId: "a1", toId: "elsewhere" }], confirmedRemoved: ["zz"] });
    expect(pairs(rows)).toEqual([["unchanged", ["a1"], ["b1"]]]);
  });

  it("rejects a point confirmed both linked and removed", () => {
    const from = version("a", [["1", CLAUSE.sovereignty]]);
    const to = version("b", [["1", CLAUSE.sovereignty]]);
    expect(() => alignPoints(from, to, { confirmedLinks: [{ fromId: "a1", toId: "b1" }], confirmedRemoved: ["a1"] })).toThrow(
      InvalidInputError,
    );
  });
});

describe("alignPoints determinism", () => {
  const from = version("a", [
    ["1", CLAUSE.sovereignty], ["2", CLAUSE.nonAggression], ["3", CLAUSE.expansion], ["4", CLAUSE.dialogue],
    ["5", CLAUSE.guarantees], ["6", CLAUSE.army], ["7", `${CLAUSE.assets} ${CLAUSE.nuclear}`], ["8", CLAUSE.prisoners],
    ["9", CLAUSE.elections], ["10", "This point is reserved."], ["11", "This point is reserved."],
  ]);
  const to = version("b", [
    ["1", CLAUSE.nonAggression], ["2", CLAUSE.expansion.replace("east", "east or north")], ["3", CLAUSE.heritage],
    ["4", CLAUSE.dialogue], ["5", CLAUSE.sovereignty], ["6", CLAUSE.army.replace("600,000", "800,000")], ["7a", CLAUSE.assets],
    ["7b", CLAUSE.nuclear], ["8", null, { summary: "Prisoner exchange all for all", numberProvisional: true }],
    ["9", "This point is reserved."], ["10", "This point is reserved."],
  ]);
  const options = { confirmedRemoved: ["a5"] };

  it("returns the same rows for the same input", () => {
    expect(alignPoints(from, to, options)).toEqual(alignPoints(from, to, options));
  });

  it("does not depend on the order the points are passed in", () => {
    const shuffle = <T>(items: T[]) => items.map((item, k) => ({ item, key: (k * 7 + 3) % items.length })).sort((x, y) => x.key - y.key).map((x) => x.item);
    const expected = alignPoints(from, to, options);
    expect(alignPoints(shuffle(from), shuffle(to), options)).toEqual(expected);
    expect(alignPoints([...from].reverse(), [...to].reverse(), options)).toEqual(expected);
    expect(pairs(expected)).toEqual([
      ["renumbered", ["a2"], ["b1"]],
      ["modified", ["a3"], ["b2"]],
      ["added", [], ["b3"]],
      ["unchanged", ["a4"], ["b4"]],
      ["removed", ["a5"], []],
      ["moved", ["a1"], ["b5"]],
      ["modified", ["a6"], ["b6"]],
      ["split", ["a7"], ["b7", "b8"]],
      ["unknown", ["a8"], ["b9"]],
      ["removed", ["a9"], []],
      ["renumbered", ["a10"], ["b10"]],
      ["renumbered", ["a11"], ["b11"]],
    ]);
  });
});
