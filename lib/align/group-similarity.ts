import type { AlignState } from "./match-state";
import { joinTexts, textSimilarity, type PreparedText } from "./text-similarity";

/** Similarity of a group's joined texts; null when any point's wording is unknown. */
export function groupSimilarity(state: AlignState, from: number[], to: number[]): number | null {
  const a = joined(state, from.map((i) => state.from.texts[i] ?? null));
  const b = joined(state, to.map((j) => state.to.texts[j] ?? null));
  return a && b ? textSimilarity(a, b) : null;
}

function joined(state: AlignState, texts: (PreparedText | null)[]): PreparedText | null {
  if (texts.length === 0 || texts.some((t) => t === null)) return null;
  const present = texts.filter((t): t is PreparedText => t !== null);
  return present.length === 1 ? (present[0] ?? null) : joinTexts(present, state.vocabulary);
}
