import type { ClassifiedMatch } from "./classify-matches";
import type { AlignState, Match } from "./match-state";
import type { AlignedRow } from "./types";

/**
 * Rows in the order of the `to` version; a removed point follows the row of the nearest
 * preceding `from` point (after any removed points between them), so both columns read in
 * order side by side. Removed points before any surviving point come first.
 */
export function orderRows(state: AlignState, classified: ClassifiedMatch[]): AlignedRow[] {
  const present = classified
    .filter((c) => c.match.to.length > 0)
    .sort((a, b) => Math.min(...a.match.to) - Math.min(...b.match.to));
  const removed = classified
    .filter((c) => c.match.to.length === 0)
    .sort((a, b) => Math.min(...a.match.from) - Math.min(...b.match.from));

  const following = new Map<Match | null, ClassifiedMatch[]>();
  for (const row of removed) {
    const anchor = anchorOf(state, Math.min(...row.match.from));
    const after = following.get(anchor);
    if (after) after.push(row);
    else following.set(anchor, [row]);
  }
  const ordered = [...(following.get(null) ?? [])];
  for (const row of present) ordered.push(row, ...(following.get(row.match) ?? []));
  return ordered.map((c) => toRow(state, c));
}

function anchorOf(state: AlignState, i: number): Match | null {
  for (let k = i - 1; k >= 0; k--) {
    const match = state.from.matches[k];
    if (match && match.to.length > 0) return match;
  }
  return null;
}

function toRow(state: AlignState, { match, kind, similarity }: ClassifiedMatch): AlignedRow {
  return {
    kind,
    from: match.from.map((i) => state.from.points[i]?.id ?? ""),
    to: match.to.map((j) => state.to.points[j]?.id ?? ""),
    similarity,
    confirmed: match.source === "confirmed",
  };
}
