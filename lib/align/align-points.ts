import { InvalidInputError } from "@/lib/errors";
import { anchorIdentical } from "./anchor-identical";
import { applyConfirmed } from "./apply-confirmed";
import { classifyMatches } from "./classify-matches";
import { findSplitsAndMerges } from "./find-splits-merges";
import { matchSimilar } from "./match-similar";
import { matchUnreleased } from "./match-unreleased";
import { addMatch, allMatches, freeIndices, rejectionKey, type AlignState, type VersionState } from "./match-state";
import { orderRows } from "./order-rows";
import { prepareText } from "./text-similarity";
import { countDocuments, emptyVocabulary, type Vocabulary } from "./text-vectors";
import type { AlignedRow, AlignOptions, AlignPoint } from "./types";

// On bench/compare.ts versions, rewordings of 5–20 % of the words score 0.67 and up, while the
// best match of a removed or added clause scores 0.49 at most (0.41 typically).
export const DEFAULT_THRESHOLD = 0.55;

/**
 * Lines up the points of two versions of a document: confirmed links first, then identical
 * wording, then the most similar wording (one-to-one), then splits and merges, then points
 * whose wording is not released (by number label or summary). See lib/align/README.md.
 */
export function alignPoints(from: AlignPoint[], to: AlignPoint[], options: AlignOptions = {}): AlignedRow[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) {
    throw new InvalidInputError("The similarity threshold must be above 0 and at most 1", { threshold: ["must be in (0, 1]"] });
  }
  const state = createState(from, to, threshold);
  rememberRejections(state, options);
  applyConfirmed(state, options);
  anchorIdentical(state);
  matchSimilar(state);
  findSplitsAndMerges(state);
  matchUnreleased(state);
  for (const i of freeIndices(state.from, false)) {
    addMatch(state, { from: [i], to: [], source: "unmatched", similarity: null });
  }
  for (const j of freeIndices(state.to, false)) {
    addMatch(state, { from: [], to: [j], source: "unmatched", similarity: null });
  }
  return orderRows(state, classifyMatches(state, allMatches(state)));
}

function rememberRejections(state: AlignState, options: AlignOptions): void {
  const fromAt = new Map(state.from.points.map((p, i) => [p.id, i]));
  const toAt = new Map(state.to.points.map((p, j) => [p.id, j]));
  for (const link of options.rejectedLinks ?? []) {
    const i = fromAt.get(link.fromId);
    const j = toAt.get(link.toId);
    if (i !== undefined && j !== undefined) state.rejected.add(rejectionKey(i, j));
  }
}

function createState(from: AlignPoint[], to: AlignPoint[], threshold: number): AlignState {
  const vocabulary = emptyVocabulary();
  const state: AlignState = {
    from: versionState(inPositionOrder(from, "from"), vocabulary),
    to: versionState(inPositionOrder(to, "to"), vocabulary),
    vocabulary,
    threshold,
    rejected: new Set(),
  };
  const documents = [state.from, state.to].flatMap((v) => [...v.texts, ...v.summaries]);
  countDocuments(vocabulary, documents.flatMap((d) => (d ? [d.terms] : [])));
  return state;
}

function inPositionOrder(points: AlignPoint[], version: "from" | "to"): AlignPoint[] {
  const ids = new Set(points.map((p) => p.id));
  if (ids.size !== points.length) {
    throw new InvalidInputError(`Point ids repeat within the "${version}" version`, { [version]: ["ids must be unique"] });
  }
  return [...points].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function versionState(points: AlignPoint[], vocabulary: Vocabulary): VersionState {
  return {
    points,
    texts: points.map((p) => (p.text === null ? null : prepareText(p.text, vocabulary))),
    summaries: points.map((p) => (p.summary === null ? null : prepareText(p.summary, vocabulary))),
    matches: points.map(() => null),
    candidates: points.map(() => []),
  };
}
