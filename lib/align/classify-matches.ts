import type { AlignState, Match } from "./match-state";
import type { RowKind } from "./types";

export interface ClassifiedMatch {
  match: Match;
  kind: RowKind;
  similarity: number | null;
}

export function classifyMatches(state: AlignState, matches: Match[]): ClassifiedMatch[] {
  const inOrder = longestOrderedRun(matches);
  return matches.map((match) => {
    const kind = kindOf(state, match, inOrder.has(match));
    const similarity = kind === "unknown" || kind === "added" || kind === "removed" ? null : match.similarity;
    return { match, kind, similarity };
  });
}

function kindOf(state: AlignState, match: Match, inOrder: boolean): RowKind {
  if (match.from.length === 0) return "added";
  if (match.to.length === 0) return "removed";
  const fromTexts = match.from.map((i) => state.from.texts[i]);
  const toTexts = match.to.map((j) => state.to.texts[j]);
  if ([...fromTexts, ...toTexts].some((text) => !text)) return "unknown";
  if (match.from.length > 1) return "merged"; // also many-to-many, which only confirmed links make
  if (match.to.length > 1) return "split";
  if (!inOrder) return "moved";
  if (fromTexts[0]?.normalised !== toTexts[0]?.normalised) return "modified";
  return isRenumbered(state, match) ? "renumbered" : "unchanged";
}

// A provisional number only repeats the older numbering, so it cannot show a renumbering.
function isRenumbered(state: AlignState, match: Match): boolean {
  const a = state.from.points[match.from[0] ?? -1];
  const b = state.to.points[match.to[0] ?? -1];
  if (!a || !b || a.numberProvisional || b.numberProvisional) return false;
  return a.number.trim() !== b.number.trim();
}

/**
 * Walking matches in `from` order, the longest run whose `to` positions keep increasing: matches
 * outside it are the ones that moved (moving one clause far away flags that clause alone).
 */
function longestOrderedRun(matches: Match[]): Set<Match> {
  const paired = matches
    .filter((m) => m.from.length > 0 && m.to.length > 0)
    .map((m) => ({ m, from: Math.min(...m.from), to: Math.min(...m.to) }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  const tails: number[] = [];
  const previous: number[] = [];
  paired.forEach((item, k) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((paired[tails[mid] ?? 0]?.to ?? 0) < item.to) low = mid + 1;
      else high = mid;
    }
    previous[k] = low > 0 ? (tails[low - 1] ?? -1) : -1;
    tails[low] = k;
  });
  const run = new Set<Match>();
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = previous[k] ?? -1) {
    const item = paired[k];
    if (item) run.add(item.m);
  }
  return run;
}
