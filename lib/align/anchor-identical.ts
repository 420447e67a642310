import { addMatch, freeIndices, isRejected, type AlignState } from "./match-state";

/** Pairs points whose normalised wording occurs exactly once in each version. */
export function anchorIdentical(state: AlignState): void {
  const byText = new Map<string, { from: number[]; to: number[] }>();
  const entry = (text: string) => {
    let found = byText.get(text);
    if (!found) {
      found = { from: [], to: [] };
      byText.set(text, found);
    }
    return found;
  };
  for (const i of freeIndices(state.from, true)) entry(state.from.texts[i]?.normalised ?? "").from.push(i);
  for (const j of freeIndices(state.to, true)) entry(state.to.texts[j]?.normalised ?? "").to.push(j);
  for (const { from, to } of byText.values()) {
    if (from.length === 1 && to.length === 1 && !isRejected(state, from, to)) addMatch(state, { from, to, source: "identical", similarity: 1 });
  }
}
