import { describe, expect, it } from "vitest";
import { movesSince, type DatedStance } from "./party-moves";

let n = 0;
const stance = (subjectKey: string, position: DatedStance["position"], statedOn: string, recordedAt = "2026-01-01T00:00:00Z"): DatedStance => ({
  id: `s${++n}`,
  subjectKey,
  position,
  statedOn: new Date(`${statedOn}T00:00:00Z`),
  recordedAt: new Date(recordedAt),
});
const since = new Date("2025-12-01T00:00:00Z");

describe("what moved since a date", () => {
  it("reports old → new where the position changed after the day", () => {
    const old = stance("a", "opposes", "2025-11-20");
    const now = stance("a", "conditional", "2025-12-15");
    expect(movesSince([old, now], since)).toEqual([{ subjectKey: "a", before: old, after: now }]);
  });

  it("counts stances stated on the day itself as the position held then", () => {
    const onTheDay = stance("a", "supports", "2025-12-01");
    expect(movesSince([stance("a", "opposes", "2025-11-01"), onTheDay], since)).toEqual([]);
  });

  it("reports a first stance after the day as a move from nothing", () => {
    const first = stance("b", "proposed", "2025-12-02");
    expect(movesSince([first], since)).toEqual([{ subjectKey: "b", before: null, after: first }]);
  });

  it("ignores a position restated unchanged, and one that moved and came back", () => {
    expect(movesSince([stance("c", "opposes", "2025-11-01"), stance("c", "opposes", "2025-12-10")], since)).toEqual([]);
    expect(
      movesSince([stance("d", "opposes", "2025-11-01"), stance("d", "supports", "2025-12-05"), stance("d", "opposes", "2025-12-09")], since),
    ).toEqual([]);
  });

  it("breaks ties on the same day by when they were recorded, and lists the newest moves first", () => {
    const early = stance("e", "supports", "2025-12-05", "2026-01-01T00:00:00Z");
    const late = stance("e", "conditional", "2025-12-05", "2026-01-02T00:00:00Z");
    const other = stance("f", "opposes", "2025-12-20");
    const moves = movesSince([late, early, other], since);
    expect(moves.map((move) => move.after.id)).toEqual([other.id, late.id]);
  });
});
