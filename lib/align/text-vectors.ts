import { wordsOf } from "@/lib/diff/tokenize-words";

/** Sparse TF-IDF vector: term ids ascending, weights L2-normalised. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * Term ids for words and word bigrams, and how many texts of the two versions hold each term.
 * Bigrams are keyed by their two word ids, not by a joined string: far fewer strings to hash.
 */
export interface Vocabulary {
  words: Map<string, number>;
  bigrams: Map<number, number>;
  df: number[];
  documents: number;
}

const WORD_ID_LIMIT = 2 ** 26;

export function normaliseText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

export function emptyVocabulary(): Vocabulary {
  return { words: new Map(), bigrams: new Map(), df: [], documents: 0 };
}

/** Term ids of a normalised text: its words, then its word bigrams. Unseen terms get new ids. */
export function termIdsOf(normalised: string, vocabulary: Vocabulary): number[] {
  const words = wordsOf(normalised).map((word) => {
    let id = vocabulary.words.get(word);
    if (id === undefined) {
      id = vocabulary.df.push(0) - 1;
      vocabulary.words.set(word, id);
    }
    return id;
  });
  const terms = words.slice();
  for (let k = 1; k < words.length; k++) {
    const key = (words[k - 1] ?? 0) * WORD_ID_LIMIT + (words[k] ?? 0);
    let id = vocabulary.bigrams.get(key);
    if (id === undefined) {
      id = vocabulary.df.push(0) - 1;
      vocabulary.bigrams.set(key, id);
    }
    terms.push(id);
  }
  return terms;
}

/** Counts each text of both versions once per term it holds. */
export function countDocuments(vocabulary: Vocabulary, documents: number[][]): void {
  const lastSeen = new Int32Array(vocabulary.df.length).fill(-1);
  documents.forEach((terms, d) => {
    for (const id of terms) {
      if (lastSeen[id] === d) continue;
      lastSeen[id] = d;
      vocabulary.df[id] = (vocabulary.df[id] ?? 0) + 1;
    }
  });
  vocabulary.documents += documents.length;
}

export function vectorise(terms: number[], vocabulary: Vocabulary): TermVector {
  const sorted = Int32Array.from(terms).sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++;
  const ids = new Int32Array(distinct);
  const weights = new Float64Array(distinct);
  let at = -1;
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) ids[++at] = sorted[k] ?? 0;
    weights[at] = (weights[at] ?? 0) + 1;
  }
  let norm = 0;
  for (let k = 0; k < distinct; k++) {
    const df = vocabulary.df[ids[k] ?? 0] ?? 0;
    const idf = Math.log((vocabulary.documents + 1) / (df + 1)) + 1;
    const weight = (1 + Math.log(weights[k] ?? 1)) * idf;
    weights[k] = weight;
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < distinct; k++) weights[k] = (weights[k] ?? 0) / norm;
  return { ids, weights };
}

export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) dot += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
    else if (x < y) i++;
    else j++;
  }
  return Math.min(1, dot);
}
