import type { AlignPoint } from "./types";
import type { PreparedText } from "./text-similarity";
import type { Vocabulary } from "./text-vectors";

/** How a correspondence was found; decides what later stages may still revise. */
export type MatchSource = "confirmed" | "identical" | "similar" | "combined" | "number" | "summary" | "unmatched";

/** A correspondence between points, by index into each version's position order. */
export interface Match {
  from: number[];
  to: number[];
  source: MatchSource;
  similarity: number | null;
}

export interface VersionState {
  points: AlignPoint[];               // sorted by position
  texts: (PreparedText | null)[];     // null where the wording is not released
  summaries: (PreparedText | null)[];
  matches: (Match | null)[];
  candidates: number[][];             // other-version points most similar to each point, best first
}

export interface AlignState {
  from: VersionState;
  to: VersionState;
  vocabulary: Vocabulary;
  threshold: number;
  rejected: Set<string>;              // "i:j" index pairs that must not be matched
}

export function rejectionKey(i: number, j: number): string {
  return `${i}:${j}`;
}

/** Whether any from-point of the group is rejected as the counterpart of any to-point. */
export function isRejected(state: AlignState, from: number[], to: number[]): boolean {
  if (state.rejected.size === 0) return false;
  return from.some((i) => to.some((j) => state.rejected.has(rejectionKey(i, j))));
}

export function addMatch(state: AlignState, match: Match): void {
  for (const i of match.from) state.from.matches[i] = match;
  for (const j of match.to) state.to.matches[j] = match;
}

export function removeMatch(state: AlignState, match: Match): void {
  for (const i of match.from) state.from.matches[i] = null;
  for (const j of match.to) state.to.matches[j] = null;
}

export function freeIndices(version: VersionState, withText: boolean): number[] {
  const free: number[] = [];
  version.matches.forEach((match, i) => {
    if (!match && (!withText || version.texts[i])) free.push(i);
  });
  return free;
}

/** Every distinct match, in order of first from-point then first to-point. */
export function allMatches(state: AlignState): Match[] {
  const seen = new Set<Match>();
  for (const match of [...state.from.matches, ...state.to.matches]) if (match) seen.add(match);
  return [...seen];
}
