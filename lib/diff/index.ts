export { diffWords, diffJoined } from "./word-diff";
export type { DiffOp, DiffOpKind, WordDiff, WordDiffOptions } from "./word-diff";
export { tokenizeWords, wordsOf } from "./tokenize-words";
export type { WordTokens } from "./tokenize-words";
