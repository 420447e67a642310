import { describe, expect, it } from "vitest";
import { tokenizeWords, wordsOf } from "./tokenize-words";

describe("tokenizeWords", () => {
  it("keeps numbers, amounts and hyphenated words whole", () => {
    expect(tokenizeWords("A 50-50 split of $100bn, 1.5% and 600,000 non-aggression troops.").cores).toEqual([
      "A", "50-50", "split", "of", "$100bn", ",", "1.5%", "and", "600,000", "non-aggression", "troops", ".",
    ]);
  });

  it("keeps every character: lead, cores and trailing whitespace re-join to the text", () => {
    const text = "  Point 13-24:\tUkraine’s commitments\n(see Annex 2).  ";
    const { lead, cores, trails } = tokenizeWords(text);
    expect(lead + cores.map((core, k) => core + (trails[k] ?? "")).join("")).toBe(text);
    expect(cores).toContain("13-24");
    expect(cores).toContain("Ukraine’s");
  });
});

describe("wordsOf", () => {
  it("drops punctuation", () => {
    expect(wordsOf("Zaporizhzhia NPP: 50/50 (electricity).")).toEqual(["Zaporizhzhia", "NPP", "50/50", "electricity"]);
  });
});
