import { addMatch, isRejected, removeMatch, type AlignState, type Match, type VersionState } from "./match-state";
import { joinTexts, textSimilarity } from "./text-similarity";
import { cosine } from "./text-vectors";

type Direction = "split" | "merge";

interface Proposal {
  direction: Direction;
  one: number;                // the single point (from for a split, to for a merge)
  many: [number, number];     // two consecutive points of the other version
  current: Match | null;      // the one-to-one match this would replace
  score: number;
  gain: number;
}

// Joining two points must explain the single point clearly better than its current 1:1 match.
const MIN_GAIN = 0.05;
// Both halves must share real wording with the single point; skips hopeless joins cheaply.
const MIN_PART_COSINE = 0.15;

/**
 * Finds points split in two consecutive points, or two consecutive points merged in one, among
 * points left unmatched or matched 1:1 by similarity only (a split's larger half usually gets
 * matched 1:1 first, leaving the smaller half unmatched).
 */
export function findSplitsAndMerges(state: AlignState): void {
  const proposals = [...propose(state, "split"), ...propose(state, "merge")].sort(
    (a, b) =>
      b.gain - a.gain ||
      b.score - a.score ||
      a.direction.localeCompare(b.direction) ||
      a.one - b.one ||
      a.many[0] - b.many[0],
  );
  for (const proposal of proposals) {
    const { one, many } = sides(state, proposal.direction);
    if (one.matches[proposal.one] !== proposal.current) continue;
    if (!proposal.many.every((k) => isAvailable(many, k, proposal.current))) continue;
    if (proposal.current) removeMatch(state, proposal.current);
    const [single, pair] = [[proposal.one], [...proposal.many]];
    addMatch(state, {
      from: proposal.direction === "split" ? single : pair,
      to: proposal.direction === "split" ? pair : single,
      source: "combined",
      similarity: proposal.score,
    });
  }
}

function sides(state: AlignState, direction: Direction): { one: VersionState; many: VersionState } {
  return direction === "split" ? { one: state.from, many: state.to } : { one: state.to, many: state.from };
}

function isAvailable(many: VersionState, k: number, current: Match | null): boolean {
  const match = many.matches[k];
  return Boolean(many.texts[k]) && (match === null || (current !== null && match === current));
}

function propose(state: AlignState, direction: Direction): Proposal[] {
  const { one, many } = sides(state, direction);
  const proposals: Proposal[] = [];
  one.points.forEach((_, i) => {
    const text = one.texts[i];
    const current = one.matches[i] ?? null;
    if (!text || (current && (current.source !== "similar" || current.similarity === 1))) return;
    const base = current?.similarity ?? 0;
    const partner = current ? (direction === "split" ? current.to[0] : current.from[0]) : undefined;
    const starts = new Set<number>();
    for (const k of partner === undefined ? one.candidates[i] ?? [] : [partner, ...(one.candidates[i] ?? [])]) {
      starts.add(k - 1);
      starts.add(k);
    }
    for (const start of [...starts].sort((a, b) => a - b)) {
      const pair: [number, number] = [start, start + 1];
      const parts = pair.map((k) => many.texts[k] ?? null);
      const [first, second] = parts;
      if (start < 0 || !first || !second || !pair.every((k) => isAvailable(many, k, current))) continue;
      if (direction === "split" ? isRejected(state, [i], pair) : isRejected(state, pair, [i])) continue;
      if (cosine(text.vector, first.vector) < MIN_PART_COSINE || cosine(text.vector, second.vector) < MIN_PART_COSINE) continue;
      const score = textSimilarity(text, joinTexts([first, second], state.vocabulary));
      if (score >= state.threshold && score >= base + MIN_GAIN) {
        proposals.push({ direction, one: i, many: pair, current, score, gain: score - base });
      }
    }
  });
  return proposals;
}
