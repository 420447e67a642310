import type { DiffOp } from "@/lib/diff";

export type DiffSide = "from" | "to";

/** What one column of a side-by-side diff shows: the old text keeps deletions, the new one insertions. */
export function sideOps(ops: readonly DiffOp[], side: DiffSide): DiffOp[] {
  const dropped = side === "from" ? "insert" : "delete";
  return ops.filter((op) => op.op !== dropped);
}

/**
 * Cuts one side of a diff of joined texts (several points read as one, joined with
 * "\n", as for a split or merge) back into the pieces of each point. Returns null when
 * the ops do not rebuild exactly `texts.join("\n")`, so the caller can fall back.
 */
export function opsPerPoint(ops: readonly DiffOp[], side: DiffSide, texts: readonly string[]): DiffOp[][] | null {
  const own = sideOps(ops, side);
  if (own.map((op) => op.text).join("") !== texts.join("\n")) return null;

  const pieces: DiffOp[][] = texts.map(() => []);
  // Point i covers [starts[i], starts[i] + length); the separator after it is dropped.
  const starts: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length + 1;
  }

  let position = 0;
  for (const op of own) {
    let cursor = 0;
    while (cursor < op.text.length) {
      const at = position + cursor;
      const index = lastIndexAtOrBefore(starts, at);
      const end = (starts[index] ?? 0) + (texts[index]?.length ?? 0);
      if (at >= end) {
        cursor += 1; // the "\n" between two points
        continue;
      }
      const take = Math.min(op.text.length - cursor, end - at);
      push(pieces[index], { op: op.op, text: op.text.slice(cursor, cursor + take) });
      cursor += take;
    }
    position += op.text.length;
  }
  return pieces;
}

function lastIndexAtOrBefore(starts: number[], at: number): number {
  let index = 0;
  while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= at) index++;
  return index;
}

function push(list: DiffOp[] | undefined, op: DiffOp): void {
  if (!list || op.text === "") return;
  const last = list[list.length - 1];
  if (last?.op === op.op) last.text += op.text;
  else list.push(op);
}
