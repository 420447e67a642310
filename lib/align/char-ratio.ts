/** Bit masks of where each character occurs in a text, for the bit-parallel LCS. */
export interface CharProfile {
  length: number;
  words: number;
  ascii: (Int32Array | undefined)[];
  other: Map<number, Int32Array>;
}

export function charProfile(text: string): CharProfile {
  const words = (text.length + 31) >>> 5;
  const profile: CharProfile = { length: text.length, words, ascii: new Array(128).fill(undefined), other: new Map() };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let mask = maskOf(profile, code);
    if (!mask) {
      mask = new Int32Array(words);
      if (code < 128) profile.ascii[code] = mask;
      else profile.other.set(code, mask);
    }
    mask[i >>> 5] = (mask[i >>> 5] ?? 0) | (1 << (i & 31));
  }
  return profile;
}

function maskOf(profile: CharProfile, code: number): Int32Array | undefined {
  return code < 128 ? profile.ascii[code] : profile.other.get(code);
}

let scratch = new Int32Array(64);

/**
 * Length of the longest common subsequence of characters, by Hyyrö's bit-vector method:
 * O(|b| · |a| / 32) instead of O(|a| · |b|), which makes a character ratio affordable per pair.
 */
export function lcsLength(a: CharProfile, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (scratch.length < a.words) scratch = new Int32Array(a.words * 2);
  const v = scratch;
  v.fill(-1, 0, a.words);
  for (let j = 0; j < b.length; j++) {
    const mask = maskOf(a, b.charCodeAt(j));
    if (!mask) continue;
    let carry = 0;
    for (let w = 0; w < a.words; w++) {
      const vw = v[w] ?? 0;
      const mw = mask[w] ?? 0;
      const u = vw & mw;
      // 32-bit addition in two 16-bit halves keeps every intermediate a small integer.
      const low = (vw & 0xffff) + (u & 0xffff) + carry;
      const high = (vw >>> 16) + (u >>> 16) + (low >>> 16);
      carry = high >>> 16;
      v[w] = ((high << 16) | (low & 0xffff)) | (vw & ~mw);
    }
  }
  let zeros = 0;
  for (let i = 0; i < a.length; i++) if (((v[i >>> 5] ?? 0) & (1 << (i & 31))) === 0) zeros++;
  return zeros;
}

/** 2·LCS / (|a| + |b|): 1 for equal texts, 0 when no character is shared. */
export function charRatio(a: CharProfile, b: string): number {
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * lcsLength(a, b)) / total;
}
