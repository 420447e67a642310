import { assignPairs, type ScoredPair } from "./assign-pairs";
import { addMatch, freeIndices, isRejected, type AlignState } from "./match-state";
import { textSimilarity } from "./text-similarity";
import { topCandidates } from "./top-candidates";

// Each point is scored in full against its few nearest neighbours by cosine only; a rewording
// keeps its counterpart far ahead of unrelated clauses, so a short list loses nothing.
const CANDIDATES_PER_POINT = 4;

/** One-to-one matches between the remaining worded points, by assignment over similarity. */
export function matchSimilar(state: AlignState): void {
  const rows = freeIndices(state.from, true);
  const cols = freeIndices(state.to, true);
  const vectorsOf = (indices: number[], texts: AlignState["from"]["texts"]) =>
    indices.map((k) => texts[k]?.vector ?? { ids: new Int32Array(), weights: new Float64Array() });
  const candidates = topCandidates(vectorsOf(rows, state.from.texts), vectorsOf(cols, state.to.texts), CANDIDATES_PER_POINT);

  const scored: ScoredPair[] = [];
  for (const { row, col } of candidates) {
    const i = rows[row] ?? 0;
    const j = cols[col] ?? 0;
    const a = state.from.texts[i];
    const b = state.to.texts[j];
    if (a && b && !isRejected(state, [i], [j])) scored.push({ row: i, col: j, score: textSimilarity(a, b) });
  }
  rememberCandidates(state, scored);
  for (const pair of assignPairs(scored.filter((p) => p.score >= state.threshold))) {
    addMatch(state, { from: [pair.row], to: [pair.col], source: "similar", similarity: pair.score });
  }
}

function rememberCandidates(state: AlignState, scored: ScoredPair[]): void {
  const best = [...scored].sort((a, b) => b.score - a.score || a.row - b.row || a.col - b.col);
  for (const { row, col } of best) {
    state.from.candidates[row]?.push(col);
    state.to.candidates[col]?.push(row);
  }
}
