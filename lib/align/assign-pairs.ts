import { unionFind } from "./union-find";

export interface ScoredPair {
  row: number;
  col: number;
  score: number;
}

// Components bigger than this (rows × columns) are assigned greedily: the Hungarian method is
// O(n²m) and such a tangle of mutually similar points would take seconds.
const MAX_HUNGARIAN_CELLS = 250_000;
// Breaks exact ties in favour of pairs close in position, so identical duplicates pair in order.
const TIE_BREAK = 1e-9;

/**
 * One-to-one assignment maximising total score over the given pairs (a pair not listed cannot
 * be chosen). Solved per connected component with the Hungarian method. Deterministic.
 */
export function assignPairs(pairs: ScoredPair[]): ScoredPair[] {
  const chosen: ScoredPair[] = [];
  for (const component of components(pairs)) {
    const rows = [...new Set(component.map((p) => p.row))].sort((a, b) => a - b);
    const cols = [...new Set(component.map((p) => p.col))].sort((a, b) => a - b);
    if (rows.length === 1 || cols.length === 1 || rows.length * cols.length > MAX_HUNGARIAN_CELLS) {
      chosen.push(...greedy(component));
    } else {
      chosen.push(...hungarian(component, rows, cols));
    }
  }
  return chosen.sort((a, b) => a.row - b.row);
}

function cost(pair: ScoredPair): number {
  return 1 - pair.score + TIE_BREAK * Math.abs(pair.row - pair.col);
}

function greedy(pairs: ScoredPair[]): ScoredPair[] {
  const sorted = [...pairs].sort((a, b) => cost(a) - cost(b) || a.row - b.row || a.col - b.col);
  const usedRows = new Set<number>();
  const usedCols = new Set<number>();
  const chosen: ScoredPair[] = [];
  for (const pair of sorted) {
    if (usedRows.has(pair.row) || usedCols.has(pair.col)) continue;
    usedRows.add(pair.row);
    usedCols.add(pair.col);
    chosen.push(pair);
  }
  return chosen;
}

function hungarian(pairs: ScoredPair[], rows: number[], cols: number[]): ScoredPair[] {
  const transpose = rows.length > cols.length;
  const n = transpose ? cols.length : rows.length;
  const m = transpose ? rows.length : cols.length;
  const rowAt = new Map(rows.map((r, k) => [r, k]));
  const colAt = new Map(cols.map((c, k) => [c, k]));
  // Unlisted cells cost 1, the same as leaving both points unmatched.
  const a = new Float64Array((n + 1) * (m + 1)).fill(1);
  const pairAt = new Map<number, ScoredPair>();
  for (const pair of pairs) {
    const r = (rowAt.get(pair.row) ?? 0) + 1;
    const c = (colAt.get(pair.col) ?? 0) + 1;
    const [i, j] = transpose ? [c, r] : [r, c];
    a[i * (m + 1) + j] = cost(pair);
    pairAt.set(i * (m + 1) + j, pair);
  }

  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0] ?? 0;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = (a[i0 * (m + 1) + j] ?? 1) - (u[i0] ?? 0) - (v[j] ?? 0);
        if (cur < (minv[j] ?? Infinity)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] ?? Infinity) < delta) {
          delta = minv[j] ?? Infinity;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          const row = p[j] ?? 0;
          u[row] = (u[row] ?? 0) + delta;
          v[j] = (v[j] ?? 0) - delta;
        } else {
          minv[j] = (minv[j] ?? 0) - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] ?? 0;
      p[j0] = p[j1] ?? 0;
      j0 = j1;
    } while (j0 !== 0);
  }

  const chosen: ScoredPair[] = [];
  for (let j = 1; j <= m; j++) {
    const pair = pairAt.get((p[j] ?? 0) * (m + 1) + j);
    if (pair) chosen.push(pair);
  }
  return chosen;
}

function components(pairs: ScoredPair[]): ScoredPair[][] {
  const sets = unionFind();
  for (const { row, col } of pairs) sets.union(`r${row}`, `c${col}`);
  const groups = new Map<string, ScoredPair[]>();
  for (const pair of pairs) {
    const root = sets.find(`r${pair.row}`);
    const group = groups.get(root);
    if (group) group.push(pair);
    else groups.set(root, [pair]);
  }
  return [...groups.values()];
}
