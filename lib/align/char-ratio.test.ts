import { describe, expect, it } from "vitest";
import { charProfile, charRatio, lcsLength } from "./char-ratio";

function naiveLcs(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = [0];
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

describe("lcsLength", () => {
  it("agrees with the textbook dynamic programme, across word boundaries and non-ASCII text", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const alphabet = "ab cdeéж’-";
    for (let round = 0; round < 200; round++) {
      const text = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      const a = text(Math.floor(random() * 140));
      const b = text(Math.floor(random() * 140));
      expect(lcsLength(charProfile(a), b)).toBe(naiveLcs(a, b));
    }
  });
});

describe("charRatio", () => {
  it("is 1 for equal texts and 0 for texts sharing no character", () => {
    expect(charRatio(charProfile("ceasefire"), "ceasefire")).toBe(1);
    expect(charRatio(charProfile("abc"), "xyz")).toBe(0);
    expect(charRatio(charProfile(""), "")).toBe(1);
  });
});
