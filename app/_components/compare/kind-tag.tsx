import type { RowKind } from "@/lib/align";
import styles from "./compare.module.css";

export const KIND_LABELS: Record<RowKind, string> = {
  unchanged: "Unchanged",
  modified: "Modified",
  renumbered: "Renumbered",
  moved: "Moved",
  split: "Split",
  merged: "Merged",
  added: "Added",
  removed: "Removed",
  unknown: "Unknown",
};

export const KIND_MEANINGS: Record<RowKind, string> = {
  unchanged: "Same wording and number.",
  modified: "The wording changed.",
  renumbered: "Same wording under another number.",
  moved: "Moved to another place in the text.",
  split: "One point became several.",
  merged: "Several points became one.",
  added: "Only in the later version.",
  removed: "Dropped from the later version.",
  unknown: "Text not released: whether it changed is not known.",
};

/** One glyph per kind of change, drawn in currentColor; always beside the kind's name. */
const GLYPHS: Record<RowKind, React.ReactNode> = {
  unchanged: <path d="M3 6h10M3 10h10" />,
  modified: <path d="M2 9.5c2-4 4-4 6-1.5s4 2.5 6-1.5" />,
  renumbered: <path d="M6.5 2.5 5 13.5M11 2.5 9.5 13.5M3 6h10.5M2.5 10h10.5" />,
  moved: <path d="M5 13V3M2.5 5.5 5 3l2.5 2.5M11 3v10M8.5 10.5 11 13l2.5-2.5" />,
  split: <path d="M8 14V8.5M8 8.5 3.5 3M8 8.5 12.5 3M3.5 6V3h3M12.5 6V3h-3" />,
  merged: <path d="M8 2v5.5M8 7.5 3.5 13M8 7.5l4.5 5.5M8 2 5.5 4.5M8 2l2.5 2.5" />,
  added: <path d="M8 2.5v11M2.5 8h11" />,
  removed: <path d="M2.5 8h11" />,
  unknown: (
    <>
      <path d="M4.8 5.4a3.2 3.2 0 1 1 4.5 2.9c-.9.4-1.3 1-1.3 1.9v.5" />
      <circle cx="8" cy="13.4" r="0.5" />
    </>
  ),
};

export function KindIcon({ kind }: { kind: RowKind }) {
  return (
    <svg className="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {GLYPHS[kind]}
    </svg>
  );
}

/** What the comparison found for a row: glyph and name, in a square tag (statuses are round pills). */
export function KindTag({ kind }: { kind: RowKind }) {
  return (
    <span className={`${styles.kindTag} ${styles[`kind-${kind}`] ?? ""}`}>
      <KindIcon kind={kind} />
      <span className="visually-hidden">Change: </span>
      {KIND_LABELS[kind]}
    </span>
  );
}
