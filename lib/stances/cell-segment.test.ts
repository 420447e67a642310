import { describe, expect, it } from "vitest";
import { cellSegmentOf, parseCellSegment } from "./cell-segment";

describe("cell segments", () => {
  it("reads whole, a point number and a removed provision", () => {
    expect(parseCellSegment("whole")).toEqual({ kind: "whole" });
    expect(parseCellSegment("10b")).toEqual({ kind: "point", number: "10b" });
    expect(parseCellSegment("removed-3")).toEqual({ kind: "removed", number: "3" });
    expect(parseCellSegment("removed-13-24")).toEqual({ kind: "removed", number: "13-24" });
    expect(parseCellSegment("removed-")).toEqual({ kind: "point", number: "removed-" });
  });

  it("writes what it reads", () => {
    for (const segment of ["10b", "removed-3", "21d"]) expect(cellSegmentOf(parseCellSegment(segment))).toBe(segment);
    expect(cellSegmentOf({ kind: "whole" })).toBeNull();
  });
});
