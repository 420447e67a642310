// A word is a run of letters/digits; hyphens and apostrophes join words ("non-aggression", "50-50"),
// and "." "," ":" "/" join digits ("600,000", "1.5"), so numbers change as one token. A leading
// currency sign and a trailing "%" stay attached ("$100bn", "15%").
const WORD_SOURCE =
  "[$€£¥]?[\\p{L}\\p{M}\\p{N}]+(?:(?:[-‐‑–'’]|(?<=\\p{N})[.,:/](?=\\p{N}))[\\p{L}\\p{M}\\p{N}]+)*%?";

const WORD = new RegExp(WORD_SOURCE, "gu");
const TOKEN = new RegExp(`${WORD_SOURCE}|\\s+|\\S`, "gu");

export interface WordTokens {
  lead: string;       // whitespace before the first token
  cores: string[];    // words, numbers and single punctuation marks
  trails: string[];   // whitespace after each core ("" when the next core follows directly)
}

export function tokenizeWords(text: string): WordTokens {
  const tokens: WordTokens = { lead: "", cores: [], trails: [] };
  for (const part of text.match(TOKEN) ?? []) {
    if (/^\s/u.test(part)) {
      const last = tokens.trails.length - 1;
      if (last < 0) tokens.lead += part;
      else tokens.trails[last] += part;
    } else {
      tokens.cores.push(part);
      tokens.trails.push("");
    }
  }
  return tokens;
}

/** The words and numbers of a text, without punctuation or whitespace. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}
