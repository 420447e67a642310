import type { AlignPoint } from "@/lib/align";

/** The pairing a correct alignment must reproduce: from ids ↔ to ids (one side empty = removed/added). */
export interface ExpectedRow {
  from: string[];
  to: string[];
  change: "same" | "reworded" | "moved" | "removed" | "added" | "split" | "merged";
}

export interface SyntheticComparison {
  from: AlignPoint[];
  to: AlignPoint[];
  expected: ExpectedRow[];
}

export interface EditShares {
  reworded: number;
  moved: number;
  removed: number;
  added: number;
  split: number;
  merged: number;
}

export const REALISTIC_EDITS: EditShares = { reworded: 0.1, moved: 0.05, removed: 0.03, added: 0.03, split: 0.01, merged: 0.01 };

/** Mulberry32: small, fast and seedable, so every run compares the same versions. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTIES = [
  "Ukraine", "the Russian Federation", "the United States", "the European Union", "NATO", "the Parties",
  "the Guarantor States", "the Joint Commission", "the UN Security Council", "Poland", "Türkiye", "the OSCE Mission",
  "the Peace Council", "the Government of Ukraine", "the Contact Group", "the International Monitoring Force",
];
const COMMITMENTS = [
  "shall", "will", "undertakes to", "commits to", "agrees to", "is entitled to", "may", "guarantees to", "is obliged to",
];
const ACTIONS = [
  "withdraw", "reduce", "maintain", "establish", "restore", "recognise", "suspend", "lift", "monitor", "review",
  "transfer", "finance", "rebuild", "demilitarise", "verify", "notify", "exchange", "release", "return", "protect",
  "dismantle", "inspect", "compensate", "register", "certify", "relocate", "freeze", "unfreeze", "supervise", "audit",
];
const SUBJECTS = [
  "armed forces", "sanctions", "prisoners of war", "civilian detainees", "the demilitarised zone",
  "the Zaporizhzhia nuclear power plant", "frozen sovereign assets", "grain exports", "the line of contact",
  "energy infrastructure", "humanitarian corridors", "air defence systems", "long-range missiles", "border crossings",
  "reconstruction funds", "the Black Sea ports", "the territories under temporary control", "election observers",
  "minority language rights", "religious organisations", "deported children", "the Kakhovka reservoir",
  "security guarantees", "non-aggression commitments", "peacekeeping contingents", "the Dnipro crossings",
  "the Kinburn spit", "rail corridors", "gas transit", "mine clearance", "war crimes investigations",
  "the amnesty law", "cultural heritage sites", "the Azov coast", "fighter aircraft", "naval patrols",
];
const CONDITIONS = [
  "within {n} days of the signature of this Agreement", "no later than {n} months after the ceasefire",
  "under the supervision of {party}", "subject to verification by {party}", "in accordance with the UN Charter",
  "to a level not exceeding {k} personnel", "for a period of {n} years", "with funding of ${n}bn",
  "in the {region} region", "along a {n}-kilometre strip", "with a 50-50 split of the proceeds",
  "at a rate of {p}% per year", "unless {party} objects in writing", "on a reciprocal all-for-all basis",
  "following a referendum held under {party}", "as set out in Annex {n}",
];
const REGIONS = ["Donetsk", "Luhansk", "Kherson", "Zaporizhzhia", "Kharkiv", "Crimea", "Odesa", "Sumy", "Mykolaiv", "Dnipropetrovsk"];
const CONNECTORS = [
  "In addition,", "Furthermore,", "Pending the entry into force of this Agreement,", "Without prejudice to Article {n},",
  "During the transition period,", "Where a dispute arises,", "Upon request,", "Notwithstanding the above,",
];
const FILLER = [
  "promptly", "jointly", "fully", "provisionally", "permanently", "immediately", "gradually", "transparently",
  "mutually", "exclusively", "independently", "collectively", "partially", "temporarily", "irrevocably",
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function fill(random: () => number, template: string): string {
  return template
    .replace("{n}", String(2 + Math.floor(random() * 58)))
    .replace("{k}", (10 + Math.floor(random() * 890)).toLocaleString("en-US") + ",000")
    .replace("{p}", (1 + random() * 9).toFixed(1))
    .replace("{party}", pick(random, PARTIES))
    .replace("{region}", pick(random, REGIONS));
}

function sentence(random: () => number): string {
  const opener = random() < 0.35 ? `${fill(random, pick(random, CONNECTORS))} ` : "";
  const party = pick(random, PARTIES);
  const core = `${party} ${pick(random, COMMITMENTS)} ${pick(random, FILLER)} ${pick(random, ACTIONS)} ${pick(random, SUBJECTS)}`;
  const extra = random() < 0.6 ? ` and ${pick(random, ACTIONS)} ${pick(random, SUBJECTS)}` : "";
  const text = `${opener}${core}${extra} ${fill(random, pick(random, CONDITIONS))}, ${fill(random, pick(random, CONDITIONS))}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** About 60 words: sentences until the clause is long enough. */
export function clause(random: () => number): string {
  const sentences: string[] = [];
  let words = 0;
  while (words < 44 + Math.floor(random() * 16)) {
    const next = sentence(random);
    sentences.push(next);
    words += next.split(" ").length;
  }
  return sentences.join(" ");
}

/** Changes 5–20 % of the words: swaps words, alters numbers, drops or inserts a word. */
export function reword(random: () => number, text: string): string {
  const words = text.split(" ");
  const edits = Math.max(2, Math.round(words.length * (0.05 + random() * 0.15)));
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * words.length);
    const word = words[at] ?? "";
    const roll = random();
    if (/\d/.test(word)) words[at] = word.replace(/\d+/, String(1 + Math.floor(random() * 900)));
    else if (roll < 0.6) words[at] = pick(random, [...FILLER, ...ACTIONS]);
    else if (roll < 0.8 && words.length > 10) words.splice(at, 1);
    else words.splice(at, 0, pick(random, FILLER));
  }
  return words.join(" ");
}

function divide(text: string): [string, string] {
  const sentences = text.split(/(?<=\.) /);
  if (sentences.length > 1) {
    const half = Math.ceil(sentences.length / 2);
    return [sentences.slice(0, half).join(" "), sentences.slice(half).join(" ")];
  }
  const words = text.split(" ");
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(" "), words.slice(half).join(" ")];
}

interface Draft {
  text: string;
  fromIds: string[];
  change: ExpectedRow["change"];
  part?: "a" | "b";
}

export function syntheticComparison(size: number, seed: number, shares: EditShares = REALISTIC_EDITS): SyntheticComparison {
  const random = seededRandom(seed);
  const from: AlignPoint[] = Array.from({ length: size }, (_, k) => ({
    id: `a${k + 1}`,
    number: String(k + 1),
    numberProvisional: false,
    position: k + 1,
    text: clause(random),
    summary: null,
  }));

  const order = from.map((_, k) => ({ k, r: random() })).sort((x, y) => x.r - y.r).map((x) => x.k);
  const fate = new Map<number, ExpectedRow["change"] | "merged-tail">();
  const take = (count: number, change: ExpectedRow["change"]) => {
    for (const k of order) {
      if (count === 0) break;
      if (fate.has(k)) continue;
      if (change === "merged") {
        if (k + 1 >= size || fate.has(k + 1)) continue;
        fate.set(k + 1, "merged-tail");
      }
      fate.set(k, change);
      count--;
    }
  };
  take(Math.round(size * shares.merged), "merged");
  take(Math.round(size * shares.split), "split");
  take(Math.round(size * shares.removed), "removed");
  take(Math.round(size * shares.moved), "moved");
  take(Math.round(size * shares.reworded), "reworded");

  const drafts: Draft[] = [];
  const moved: Draft[] = [];
  const expected: ExpectedRow[] = [];
  from.forEach((point, k) => {
    const text = point.text ?? "";
    const change = fate.get(k) ?? "same";
    if (change === "merged-tail") return;
    if (change === "removed") expected.push({ from: [point.id], to: [], change });
    else if (change === "merged") drafts.push({ text: `${text} ${from[k + 1]?.text ?? ""}`, fromIds: [point.id, from[k + 1]?.id ?? ""], change });
    else if (change === "split") {
      const [first, second] = divide(text);
      drafts.push({ text: first, fromIds: [point.id], change, part: "a" }, { text: second, fromIds: [point.id], change, part: "b" });
    } else if (change === "moved") moved.push({ text, fromIds: [point.id], change });
    else drafts.push({ text: change === "reworded" ? reword(random, text) : text, fromIds: [point.id], change });
  });
  // Anywhere but between the two halves of a split point.
  const insert = (draft: Draft) => {
    let at = Math.floor(random() * (drafts.length + 1));
    if (drafts[at - 1]?.part === "a") at++;
    drafts.splice(at, 0, draft);
  };
  for (const draft of moved) insert(draft);
  for (let n = Math.round(size * shares.added); n > 0; n--) insert({ text: clause(random), fromIds: [], change: "added" });

  const to: AlignPoint[] = [];
  const groups = new Map<string, ExpectedRow>();
  let number = 0;
  drafts.forEach((draft, k) => {
    if (draft.part !== "b") number++;
    const id = `b${k + 1}`;
    to.push({ id, number: `${number}${draft.part ?? ""}`, numberProvisional: false, position: k + 1, text: draft.text, summary: null });
    const key = draft.change === "split" ? `split:${draft.fromIds[0]}` : id;
    const group = groups.get(key) ?? { from: draft.fromIds, to: [], change: draft.change };
    group.to.push(id);
    groups.set(key, group);
  });
  expected.push(...groups.values());
  return { from, to, expected };
}
