import { describe, expect, it } from "vitest";
import { diffJoined, diffWords, type DiffOp } from "./word-diff";

const joinSide = (ops: DiffOp[], side: "a" | "b") =>
  ops.filter((o) => o.op === "equal" || o.op === (side === "a" ? "delete" : "insert")).map((o) => o.text).join("");

function expectWellFormed(a: string, b: string, ops: DiffOp[]): void {
  expect(joinSide(ops, "a")).toBe(a);
  expect(joinSide(ops, "b")).toBe(b);
  for (let k = 1; k < ops.length; k++) expect(ops[k]?.op).not.toBe(ops[k - 1]?.op);
  for (const op of ops) expect(op.text).not.toBe("");
}

describe("diffWords", () => {
  it("changes a number as one token", () => {
    const a = "The Armed Forces of Ukraine will be limited to 600,000 personnel.";
    const b = "The Armed Forces of Ukraine will be limited to 800,000 personnel.";
    const { ops, rewritten } = diffWords(a, b);
    expect(rewritten).toBe(false);
    expect(ops).toEqual([
      { op: "equal", text: "The Armed Forces of Ukraine will be limited to " },
      { op: "delete", text: "600,000" },
      { op: "insert", text: "800,000" },
      { op: "equal", text: " personnel." },
    ]);
  });

  it.each([
    ["$100bn", "$150bn"],
    ["1.5", "2.5"],
    ["50-50", "60-40"],
    ["non-aggression", "mutual-defence"],
    ["15%", "20%"],
  ])("keeps %s whole when it becomes %s", (before, after) => {
    const { ops } = diffWords(`Investment of ${before} in reconstruction.`, `Investment of ${after} in reconstruction.`);
    expect(ops.filter((o) => o.op === "delete")).toEqual([{ op: "delete", text: before }]);
    expect(ops.filter((o) => o.op === "insert")).toEqual([{ op: "insert", text: after }]);
  });

  it("ends a number at a full stop", () => {
    const { ops } = diffWords("within 30 days.", "within 60 days.");
    expect(ops).toEqual([
      { op: "equal", text: "within " },
      { op: "delete", text: "30" },
      { op: "insert", text: "60" },
      { op: "equal", text: " days." },
    ]);
  });

  it("re-joins exactly to both texts, whitespace included", () => {
    const cases: [string, string][] = [
      ["  Russia will not invade\nneighbouring countries. ", "Russia shall not  invade neighbouring\tcountries."],
      ["NATO will not expand further.", "NATO agrees not to expand further eastwards, and Ukraine will not join."],
      ["", "A new point."],
      ["A removed point.", ""],
      ["a  b", "a b"],
      ["Frozen assets: $100bn; the US receives 50% of profits.", "Frozen assets: $100bn, with the US receiving 50% of the profit."],
    ];
    for (const [a, b] of cases) expectWellFormed(a, b, diffWords(a, b).ops);
  });

  it("reports a whitespace-only change as such", () => {
    expect(diffWords("a  b", "a b").ops).toEqual([
      { op: "equal", text: "a " },
      { op: "delete", text: " " },
      { op: "equal", text: "b" },
    ]);
    expect(diffWords("a b", "a\nb").ops).toEqual([
      { op: "equal", text: "a" },
      { op: "delete", text: " " },
      { op: "insert", text: "\n" },
      { op: "equal", text: "b" },
    ]);
  });

  it("returns one equal op for identical texts and none for two empty ones", () => {
    expect(diffWords("Same text.", "Same text.")).toEqual({ ops: [{ op: "equal", text: "Same text." }], rewritten: false });
    expect(diffWords("", "")).toEqual({ ops: [], rewritten: false });
  });

  it("gives up on texts with nothing in common once the edit bound is hit", () => {
    const a = Array.from({ length: 400 }, (_, k) => `alpha${k}`).join(" ");
    const b = Array.from({ length: 400 }, (_, k) => `omega${k}`).join(" ");
    expect(diffWords(a, b)).toEqual({
      ops: [
        { op: "delete", text: a },
        { op: "insert", text: b },
      ],
      rewritten: true,
    });
  });

  it("honours an explicit maxEditLength", () => {
    const a = "one two three four five six";
    const b = "one 2 three 4 five 6";
    expect(diffWords(a, b, { maxEditLength: 2 }).rewritten).toBe(true);
    const bounded = diffWords(a, b, { maxEditLength: 6 });
    expect(bounded.rewritten).toBe(false);
    expectWellFormed(a, b, bounded.ops);
  });

  it("stops at the timeout on a long pathological input", () => {
    const a = Array.from({ length: 20_000 }, (_, k) => `w${k}`).join(" ");
    const b = Array.from({ length: 20_000 }, (_, k) => `v${k}`).join(" ");
    const started = Date.now();
    const result = diffWords(a, b, { maxEditLength: Number.MAX_SAFE_INTEGER, timeoutMs: 1 });
    expect(result.rewritten).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("diffJoined", () => {
  it("diffs a split point against its two parts joined by a newline", () => {
    const a = ["Ukraine will receive reliable security guarantees. The guarantees will be reviewed after 10 years."];
    const b = ["Ukraine will receive reliable security guarantees.", "The guarantees will be reviewed after 10 years."];
    const { ops } = diffJoined(a, b);
    expectWellFormed(a.join("\n"), b.join("\n"), ops);
    expect(ops).toEqual([
      { op: "equal", text: "Ukraine will receive reliable security guarantees." },
      { op: "delete", text: " " },
      { op: "insert", text: "\n" },
      { op: "equal", text: "The guarantees will be reviewed after 10 years." },
    ]);
  });
});
