import { diffArrays } from "diff";
import { tokenizeWords } from "./tokenize-words";

export type DiffOpKind = "equal" | "insert" | "delete";
export interface DiffOp {
  op: DiffOpKind;
  text: string;
}
export interface WordDiff {
  ops: DiffOp[];
  rewritten: boolean; // the bound was hit: ops are simply [delete a, insert b]
}
export interface WordDiffOptions {
  maxEditLength?: number; // max insertions + deletions, counted in tokens
  timeoutMs?: number;
}

// Beyond this many token edits the two texts share under 1/8 of their tokens: a word diff of
// them is noise, and Myers' O((n+m)·d) cost grows with d.
const EDIT_SHARE = 0.75;
const MIN_EDIT_LENGTH = 64;
const MAX_EDIT_LENGTH = 5000;
const DEFAULT_TIMEOUT_MS = 500;

export function diffWords(a: string, b: string, options: WordDiffOptions = {}): WordDiff {
  if (a === b) return { ops: a ? [{ op: "equal", text: a }] : [], rewritten: false };

  const from = tokenizeWords(a);
  const to = tokenizeWords(b);
  const total = from.cores.length + to.cores.length;
  const maxEditLength =
    options.maxEditLength ??
    Math.min(MAX_EDIT_LENGTH, Math.max(MIN_EDIT_LENGTH, Math.ceil(total * EDIT_SHARE)));
  const changes = diffArrays(from.cores, to.cores, {
    maxEditLength,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  if (!changes) return { ops: rewrite(a, b), rewritten: true };

  const raw: DiffOp[] = [];
  pushWhitespace(raw, from.lead, to.lead);
  let i = 0;
  let j = 0;
  for (const change of changes) {
    for (let k = 0; k < change.count; k++) {
      if (change.removed) {
        raw.push({ op: "delete", text: (from.cores[i] ?? "") + (from.trails[i] ?? "") });
        i++;
      } else if (change.added) {
        raw.push({ op: "insert", text: (to.cores[j] ?? "") + (to.trails[j] ?? "") });
        j++;
      } else {
        raw.push({ op: "equal", text: from.cores[i] ?? "" });
        pushWhitespace(raw, from.trails[i] ?? "", to.trails[j] ?? "");
        i++;
        j++;
      }
    }
  }
  return { ops: tidy(raw), rewritten: false };
}

/** Diff of several points read as one text (a split or merge row), joined with "\n". */
export function diffJoined(aTexts: string[], bTexts: string[], options?: WordDiffOptions): WordDiff {
  return diffWords(aTexts.join("\n"), bTexts.join("\n"), options);
}

function rewrite(a: string, b: string): DiffOp[] {
  const ops: DiffOp[] = [];
  if (a) ops.push({ op: "delete", text: a });
  if (b) ops.push({ op: "insert", text: b });
  return ops;
}

function pushWhitespace(ops: DiffOp[], a: string, b: string): void {
  if (a === b) {
    if (a) ops.push({ op: "equal", text: a });
    return;
  }
  if (a) ops.push({ op: "delete", text: a });
  if (b) ops.push({ op: "insert", text: b });
}

/**
 * Between two equal runs, gathers the changes into one delete then one insert, and hands
 * whitespace common to both edges back to the equal runs ("600,000 " → "800,000 " reads as a
 * change of the number alone).
 */
function tidy(raw: DiffOp[]): DiffOp[] {
  const ops: DiffOp[] = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    if (deleted && inserted) {
      const head = commonWhitespace(deleted, inserted, "start");
      if (head) {
        pushEqual(ops, head);
        deleted = deleted.slice(head.length);
        inserted = inserted.slice(head.length);
      }
    }
    let tail = "";
    if (deleted && inserted) {
      tail = commonWhitespace(deleted, inserted, "end");
      deleted = deleted.slice(0, deleted.length - tail.length);
      inserted = inserted.slice(0, inserted.length - tail.length);
    }
    if (deleted) ops.push({ op: "delete", text: deleted });
    if (inserted) ops.push({ op: "insert", text: inserted });
    if (tail) pushEqual(ops, tail);
    deleted = "";
    inserted = "";
  };
  for (const op of raw) {
    if (op.op === "delete") deleted += op.text;
    else if (op.op === "insert") inserted += op.text;
    else {
      flush();
      pushEqual(ops, op.text);
    }
  }
  flush();
  return ops;
}

function pushEqual(ops: DiffOp[], text: string): void {
  const last = ops[ops.length - 1];
  if (last?.op === "equal") last.text += text;
  else ops.push({ op: "equal", text });
}

function commonWhitespace(a: string, b: string, edge: "start" | "end"): string {
  const limit = Math.min(a.length, b.length);
  let n = 0;
  while (n < limit) {
    const ca = edge === "start" ? a[n] : a[a.length - 1 - n];
    const cb = edge === "start" ? b[n] : b[b.length - 1 - n];
    if (ca !== cb || !/\s/u.test(ca ?? "")) break;
    n++;
  }
  return edge === "start" ? a.slice(0, n) : a.slice(a.length - n);
}
