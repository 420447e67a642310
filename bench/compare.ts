// Compares two synthetic 1,000-point versions: point alignment + a word diff per aligned row,
// against one whole-document jsdiff diffWords. Run: npx tsx bench/compare.ts
import { diffWords as jsdiffWords } from "diff";
import { alignPoints, type AlignedRow, type AlignPoint } from "@/lib/align";
import { diffJoined, diffWords } from "@/lib/diff";
import { REALISTIC_EDITS, syntheticComparison, type ExpectedRow } from "./synthetic-versions";

const SIZE = 1000;
const SEED = 28;
const OTHER_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
// Every point reworded: nothing anchors on identical wording, the similarity stage does it all.
const ALL_REWORDED = { reworded: 0.9, moved: 0.02, removed: 0.02, added: 0.02, split: 0.02, merged: 0.02 };
const TIMED_RUNS = 5;
const WHOLE_DOC_CAP_MS = 120_000;

function alignAndDiff(from: AlignPoint[], to: AlignPoint[]): { rows: AlignedRow[]; diffs: number } {
  const rows = alignPoints(from, to);
  const textOf = new Map([...from, ...to].map((p) => [p.id, p.text]));
  let diffs = 0;
  for (const row of rows) {
    const a = row.from.map((id) => textOf.get(id) ?? null);
    const b = row.to.map((id) => textOf.get(id) ?? null);
    if (a.length === 0 || b.length === 0 || [...a, ...b].some((t) => t === null)) continue;
    const [oneA, oneB] = [a[0] ?? "", b[0] ?? ""];
    if (a.length === 1 && b.length === 1) diffWords(oneA, oneB);
    else diffJoined(a as string[], b as string[]);
    diffs++;
  }
  return { rows, diffs };
}

/** Share of expected rows (including removed and added points) found with exactly the same ids. */
function accuracy(rows: AlignedRow[], expected: ExpectedRow[]): { share: number; misses: ExpectedRow[] } {
  const key = (from: string[], to: string[]) => `${[...from].sort().join(",")}|${[...to].sort().join(",")}`;
  const found = new Set(rows.map((r) => key(r.from, r.to)));
  const misses = expected.filter((e) => !found.has(key(e.from, e.to)));
  return { share: (expected.length - misses.length) / expected.length, misses };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function main(): void {
  const { from, to, expected } = syntheticComparison(SIZE, SEED, REALISTIC_EDITS);
  const words = from.reduce((n, p) => n + (p.text ?? "").split(/\s+/).length, 0);
  console.log(`versions: ${from.length} → ${to.length} points, ${(words / from.length).toFixed(1)} words per point`);

  const rssBeforeMB = process.memoryUsage().rss / 2 ** 20;
  alignAndDiff(from, to); // warm-up
  const times: number[] = [];
  let result = alignAndDiff(from, to);
  for (let run = 0; run < TIMED_RUNS; run++) {
    const start = performance.now();
    result = alignAndDiff(from, to);
    times.push(performance.now() - start);
  }
  const alignDiffMs = median(times);
  // Peak resident set size of the whole process so far (Node runtime, tsx, data and all runs).
  const peakMB = process.resourceUsage().maxRSS / 1024;
  console.log(`align+diff: ${times.map((t) => t.toFixed(1)).join(", ")} ms (median ${alignDiffMs.toFixed(1)}), ${result.diffs} rows diffed`);
  console.log(`peak RSS of the process (Node, tsx, data and all runs): ${peakMB.toFixed(1)} MB; RSS before the first run ${rssBeforeMB.toFixed(1)} MB`);

  const { share, misses } = accuracy(result.rows, expected);
  console.log(`accuracy: ${expected.length - misses.length}/${expected.length} expected rows reproduced exactly`);
  for (const miss of misses.slice(0, 10)) console.log(`  missed ${miss.change}: [${miss.from}] → [${miss.to}]`);
  const kinds = new Map<string, number>();
  for (const row of result.rows) kinds.set(row.kind, (kinds.get(row.kind) ?? 0) + 1);
  console.log(`row kinds: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  const movedIds = new Set(expected.filter((e) => e.change === "moved").flatMap((e) => e.from));
  const movedFound = result.rows.filter((r) => r.kind === "moved" && r.from.some((id) => movedIds.has(id))).length;
  console.log(`moved points reported as moved: ${movedFound}/${movedIds.size}`);

  const others = OTHER_SEEDS.map((seed) => {
    const other = syntheticComparison(SIZE, seed, REALISTIC_EDITS);
    return accuracy(alignPoints(other.from, other.to), other.expected).share;
  });
  console.log(`accuracy on seeds ${OTHER_SEEDS[0]}–${OTHER_SEEDS.at(-1)}: min ${Math.min(...others).toFixed(4)}, mean ${(others.reduce((a, b) => a + b, 0) / others.length).toFixed(4)}`);
  const stress = syntheticComparison(SIZE, SEED, ALL_REWORDED);
  const stressStart = performance.now();
  const stressRows = alignAndDiff(stress.from, stress.to).rows;
  console.log(`all points reworded: align+diff ${(performance.now() - stressStart).toFixed(1)} ms, accuracy ${accuracy(stressRows, stress.expected).share.toFixed(4)}`);

  const wholeA = from.map((p) => p.text ?? "").join("\n");
  const wholeB = to.map((p) => p.text ?? "").join("\n");
  const start = performance.now();
  const whole = jsdiffWords(wholeA, wholeB, { timeout: WHOLE_DOC_CAP_MS });
  const wholeDocDiffMs = whole ? performance.now() - start : WHOLE_DOC_CAP_MS;
  console.log(`whole-document jsdiff diffWords: ${whole ? wholeDocDiffMs.toFixed(0) : `>${WHOLE_DOC_CAP_MS}`} ms`);
  console.log(`speed-up: ${(wholeDocDiffMs / alignDiffMs).toFixed(0)}×`);

  const round = (n: number, digits: number) => Number(n.toFixed(digits));
  console.log(JSON.stringify({
    alignDiffMs: round(alignDiffMs, 1),
    peakMB: round(peakMB, 1),
    accuracy: round(share, 4),
    wholeDocDiffMs: round(wholeDocDiffMs, 0),
  }));
}

main();
