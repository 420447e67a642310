import type { TermVector } from "./text-vectors";

export interface CandidatePair {
  row: number;
  col: number;
}

// Terms held by more texts than this are skipped while ranking neighbours ("the", "shall"):
// they add to every score alike, and their long posting lists would dominate the cost.
const MIN_COMMON_TERM_TEXTS = 64;
const COMMON_TERM_SHARE = 0.05;

/**
 * The pairs worth scoring: for every row its `perPoint` nearest columns by cosine, and for every
 * column its nearest rows. Dot products are summed through an inverted index, so pairs that share
 * no term cost nothing; the ranking ignores very common terms unless a text has nothing else.
 * Equal scores (repeated wording) go to the nearest in relative position, so repeats can pair in
 * order. Pairs come back sorted by row, then column.
 */
export function topCandidates(rows: TermVector[], cols: TermVector[], perPoint: number): CandidatePair[] {
  const keys = new Set<number>();
  nearest(rows, cols, perPoint, (row, col) => keys.add(row * cols.length + col));
  nearest(cols, rows, perPoint, (col, row) => keys.add(row * cols.length + col));
  return [...keys]
    .sort((a, b) => a - b)
    .map((key) => ({ row: Math.floor(key / cols.length), col: key % cols.length }));
}

function nearest(
  queries: TermVector[],
  targets: TermVector[],
  perPoint: number,
  emit: (query: number, target: number) => void,
): void {
  if (queries.length === 0 || targets.length === 0) return;
  const postings = invertedIndex(targets);
  const commonAbove = Math.max(MIN_COMMON_TERM_TEXTS, Math.ceil(targets.length * COMMON_TERM_SHARE));
  const scores = new Float64Array(targets.length);
  const touched: number[] = [];
  const best: number[] = [];
  const accumulate = (query: TermVector, skipCommon: boolean) => {
    for (let k = 0; k < query.ids.length; k++) {
      const list = postings.get(query.ids[k] ?? -1);
      if (!list || (skipCommon && list.targets.length > commonAbove)) continue;
      const weight = query.weights[k] ?? 0;
      for (let p = 0; p < list.targets.length; p++) {
        const t = list.targets[p] ?? 0;
        if (scores[t] === 0) touched.push(t);
        scores[t] = (scores[t] ?? 0) + weight * (list.weights[p] ?? 0);
      }
    }
  };
  queries.forEach((query, q) => {
    accumulate(query, true);
    if (touched.length === 0) accumulate(query, false);
    best.length = 0;
    const place = q / queries.length;
    const isBetter = (t: number, other: number) => {
      const [score, otherScore] = [scores[t] ?? 0, scores[other] ?? 0];
      if (score !== otherScore) return score > otherScore;
      const [distance, otherDistance] = [Math.abs(t / targets.length - place), Math.abs(other / targets.length - place)];
      return distance < otherDistance || (distance === otherDistance && t < other);
    };
    for (const t of touched) {
      if ((scores[t] ?? 0) <= 0) continue;
      let at = best.length;
      while (at > 0 && isBetter(t, best[at - 1] ?? 0)) at--;
      if (at < perPoint) {
        best.splice(at, 0, t);
        if (best.length > perPoint) best.pop();
      }
    }
    for (const t of best) emit(q, t);
    for (const t of touched) scores[t] = 0;
    touched.length = 0;
  });
}

interface Posting {
  targets: number[];
  weights: number[];
}

function invertedIndex(vectors: TermVector[]): Map<number, Posting> {
  const index = new Map<number, Posting>();
  vectors.forEach((vector, v) => {
    for (let k = 0; k < vector.ids.length; k++) {
      const id = vector.ids[k] ?? -1;
      let posting = index.get(id);
      if (!posting) {
        posting = { targets: [], weights: [] };
        index.set(id, posting);
      }
      posting.targets.push(v);
      posting.weights.push(vector.weights[k] ?? 0);
    }
  });
  return index;
}
