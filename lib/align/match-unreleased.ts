import { assignPairs, type ScoredPair } from "./assign-pairs";
import { addMatch, freeIndices, isRejected, type AlignState, type VersionState } from "./match-state";
import { cosine, type TermVector } from "./text-vectors";
import { topCandidates } from "./top-candidates";

// A summary is a dozen words set against a clause or another paraphrase: cosine runs lower
// than between two wordings of the same clause.
const MIN_SUMMARY_SIMILARITY = 0.3;
const CANDIDATES_PER_POINT = 4;

/**
 * Pairs points whose wording is not released with a counterpart: first by equal number label
 * (unique in both versions among the points still free), then by summary similarity.
 */
export function matchUnreleased(state: AlignState): void {
  matchByNumber(state);
  matchBySummary(state);
}

function matchByNumber(state: AlignState): void {
  const byNumber = new Map<string, { from: number[]; to: number[] }>();
  const collect = (version: VersionState, side: "from" | "to") => {
    for (const k of freeIndices(version, false)) {
      const label = (version.points[k]?.number ?? "").trim().toLowerCase();
      if (!label) continue;
      const entry = byNumber.get(label) ?? { from: [], to: [] };
      entry[side].push(k);
      byNumber.set(label, entry);
    }
  };
  collect(state.from, "from");
  collect(state.to, "to");
  for (const { from, to } of byNumber.values()) {
    const [i, j] = [from[0], to[0]];
    if (from.length !== 1 || to.length !== 1 || i === undefined || j === undefined) continue;
    if ((state.from.texts[i] && state.to.texts[j]) || isRejected(state, [i], [j])) continue;
    addMatch(state, { from: [i], to: [j], source: "number", similarity: null });
  }
}

function matchBySummary(state: AlignState): void {
  const from = freeIndices(state.from, false);
  const to = freeIndices(state.to, false);
  const fromVectors = from.map((i) => descriptor(state.from, i));
  const toVectors = to.map((j) => descriptor(state.to, j));
  const empty: TermVector = { ids: new Int32Array(), weights: new Float64Array() };

  const scored: ScoredPair[] = [];
  for (const { row, col } of topCandidates(
    fromVectors.map((v) => v ?? empty),
    toVectors.map((v) => v ?? empty),
    CANDIDATES_PER_POINT,
  )) {
    const i = from[row] ?? 0;
    const j = to[col] ?? 0;
    const a = fromVectors[row];
    const b = toVectors[col];
    if (!a || !b || (state.from.texts[i] && state.to.texts[j]) || isRejected(state, [i], [j])) continue;
    const score = cosine(a, b);
    if (score >= MIN_SUMMARY_SIMILARITY) scored.push({ row: i, col: j, score });
  }
  for (const pair of assignPairs(scored)) {
    addMatch(state, { from: [pair.row], to: [pair.col], source: "summary", similarity: null });
  }
}

/** What is known of a point's content: its summary, else its wording. */
function descriptor(version: VersionState, k: number): TermVector | null {
  return version.summaries[k]?.vector ?? version.texts[k]?.vector ?? null;
}
