import { describe, expect, it } from "vitest";
import { diffJoined, diffWords } from "@/lib/diff";
import { opsPerPoint, sideOps } from "./diff-sides";

const textOf = (ops: { text: string }[]) => ops.map((op) => op.text).join("");

describe("sideOps", () => {
  it("keeps deletions on the old side and insertions on the new one", () => {
    const { ops } = diffWords("capped at 600,000 personnel", "capped at 800,000 personnel");
    expect(textOf(sideOps(ops, "from"))).toBe("capped at 600,000 personnel");
    expect(textOf(sideOps(ops, "to"))).toBe("capped at 800,000 personnel");
    expect(sideOps(ops, "from").some((op) => op.op === "insert")).toBe(false);
    expect(sideOps(ops, "to").some((op) => op.op === "delete")).toBe(false);
  });
});

describe("opsPerPoint", () => {
  it("cuts a split back into the points it became, marks included", () => {
    const from = ["Elections are held within one hundred days, under observation."];
    const to = ["Elections are held within one hundred days.", "They are held under international observation."];
    const { ops } = diffJoined(from, to);
    const pieces = opsPerPoint(ops, "to", to);
    expect(pieces?.map(textOf)).toEqual(to);
    expect(pieces?.[1]?.some((op) => op.op === "insert")).toBe(true);
    expect(opsPerPoint(ops, "from", from)?.map(textOf)).toEqual(from);
  });

  it("keeps newlines inside a point's own text", () => {
    const texts = ["Line one\nline two", "Second point"];
    const pieces = opsPerPoint([{ op: "equal", text: texts.join("\n") }], "from", texts);
    expect(pieces?.map(textOf)).toEqual(texts);
  });

  it("handles empty texts and a change that spans the boundary", () => {
    const texts = ["", "b"];
    expect(opsPerPoint([{ op: "equal", text: "\nb" }], "from", texts)?.map(textOf)).toEqual(["", "b"]);
    const spanning = opsPerPoint([{ op: "delete", text: "end of one\nstart of two" }], "from", ["end of one", "start of two"]);
    expect(spanning).toEqual([[{ op: "delete", text: "end of one" }], [{ op: "delete", text: "start of two" }]]);
  });

  it("returns null when the ops do not rebuild the texts", () => {
    expect(opsPerPoint([{ op: "equal", text: "something else" }], "from", ["a", "b"])).toBeNull();
  });
});
