import { describe, expect, it } from "vitest";
import { assignPairs, type ScoredPair } from "./assign-pairs";

/** Best total score over every one-to-one choice among the pairs, by exhaustive search. */
function bestTotal(pairs: ScoredPair[], usedRows = new Set<number>(), usedCols = new Set<number>(), from = 0): number {
  let best = 0;
  for (let k = from; k < pairs.length; k++) {
    const pair = pairs[k];
    if (!pair || usedRows.has(pair.row) || usedCols.has(pair.col)) continue;
    usedRows.add(pair.row);
    usedCols.add(pair.col);
    best = Math.max(best, pair.score + bestTotal(pairs, usedRows, usedCols, k + 1));
    usedRows.delete(pair.row);
    usedCols.delete(pair.col);
  }
  return best;
}

describe("assignPairs", () => {
  it("takes the assignment with the best total, not the greedy one", () => {
    const pairs = [
      { row: 0, col: 0, score: 0.9 },
      { row: 0, col: 1, score: 0.8 },
      { row: 1, col: 0, score: 0.85 },
    ];
    expect(assignPairs(pairs)).toEqual([
      { row: 0, col: 1, score: 0.8 },
      { row: 1, col: 0, score: 0.85 },
    ]);
  });

  it("matches the exhaustive optimum on random sparse instances, one-to-one", () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 150; round++) {
      const pairs: ScoredPair[] = [];
      for (let row = 0; row < 5; row++) {
        for (let col = 0; col < 6; col++) if (random() < 0.45) pairs.push({ row, col, score: 0.5 + Math.round(random() * 50) / 100 });
      }
      const chosen = assignPairs(pairs);
      expect(new Set(chosen.map((p) => p.row)).size).toBe(chosen.length);
      expect(new Set(chosen.map((p) => p.col)).size).toBe(chosen.length);
      expect(chosen.reduce((sum, p) => sum + p.score, 0)).toBeCloseTo(bestTotal(pairs), 9);
    }
  });

  it("pairs equally good candidates in order of position", () => {
    const pairs = [0, 1, 2].flatMap((row) => [0, 1, 2].map((col) => ({ row, col, score: 1 })));
    expect(assignPairs(pairs).map((p) => [p.row, p.col])).toEqual([[0, 0], [1, 1], [2, 2]]);
  });
});
