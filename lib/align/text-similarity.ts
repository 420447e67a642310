import { charProfile, charRatio, type CharProfile } from "./char-ratio";
import { cosine, normaliseText, termIdsOf, vectorise, type TermVector, type Vocabulary } from "./text-vectors";

/** A text prepared for comparison; vector and character profile are built on first use. */
export interface PreparedText {
  readonly normalised: string;
  readonly terms: number[];
  readonly vector: TermVector;
  profile?: CharProfile;
}

// Word-level cosine tells which clause it is; the character ratio tells how much of the wording
// survived (and softens inflection changes that break whole words and bigrams).
const COSINE_WEIGHT = 0.5;

/** Call for every text before the first `vector` is read: document frequencies must be complete. */
export function prepareText(text: string, vocabulary: Vocabulary): PreparedText {
  const normalised = normaliseText(text);
  return lazilyVectorised(normalised, termIdsOf(normalised, vocabulary), vocabulary);
}

export function joinTexts(parts: PreparedText[], vocabulary: Vocabulary): PreparedText {
  const normalised = parts.map((part) => part.normalised).join(" ");
  return lazilyVectorised(normalised, termIdsOf(normalised, vocabulary), vocabulary);
}

/** 0..1; exactly 1 for texts equal after normalisation, and only for them. */
export function textSimilarity(a: PreparedText, b: PreparedText): number {
  if (a.normalised === b.normalised) return 1;
  a.profile ??= charProfile(a.normalised);
  const score = COSINE_WEIGHT * cosine(a.vector, b.vector) + (1 - COSINE_WEIGHT) * charRatio(a.profile, b.normalised);
  return Math.min(score, 0.9999);
}

function lazilyVectorised(normalised: string, terms: number[], vocabulary: Vocabulary): PreparedText {
  let vector: TermVector | undefined;
  return {
    normalised,
    terms,
    get vector() {
      return (vector ??= vectorise(terms, vocabulary));
    },
  };
}
