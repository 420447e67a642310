import { describe, expect, it } from "vitest";
import { isStancePosition, positionsDisagree } from "./positions";

describe("positions", () => {
  it("disagree when at least two parties hold different known positions", () => {
    expect(positionsDisagree(["supports", "opposes"])).toBe(true);
    expect(positionsDisagree(["proposed", "conditional", "proposed"])).toBe(true);
    expect(positionsDisagree(["opposes", "opposes"])).toBe(false);
    expect(positionsDisagree(["supports"])).toBe(false);
    expect(positionsDisagree([])).toBe(false);
  });

  it("leave 'unknown' out: it says nothing about agreement", () => {
    expect(positionsDisagree(["supports", "unknown"])).toBe(false);
    expect(positionsDisagree(["unknown", "unknown"])).toBe(false);
  });

  it("recognise the five positions only", () => {
    expect(["supports", "opposes", "conditional", "proposed", "unknown"].every(isStancePosition)).toBe(true);
    expect(isStancePosition("agreed")).toBe(false);
    expect(isStancePosition(undefined)).toBe(false);
  });
});
