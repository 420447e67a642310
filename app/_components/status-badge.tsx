import type { PointStatusValue } from "@/lib/data/statuses/current-statuses";

/** Reading order of statuses wherever they are listed or counted. */
export const STATUS_ORDER: readonly PointStatusValue[] = [
  "unchanged",
  "modified",
  "added",
  "removed",
  "contested",
  "agreed",
  "unknown",
];

export const STATUS_LABELS: Record<PointStatusValue, string> = {
  unchanged: "Unchanged",
  modified: "Modified",
  added: "Added",
  removed: "Removed",
  contested: "Contested",
  agreed: "Agreed",
  unknown: "Unknown",
};

/** One glyph per status, drawn in the status colour; always beside the status's name. */
const GLYPHS: Record<PointStatusValue, React.ReactNode> = {
  unchanged: <path d="M3 6h10M3 10h10" />,
  modified: <path d="M2 9.5c2-4 4-4 6-1.5s4 2.5 6-1.5" />,
  added: <path d="M8 2.5v11M2.5 8h11" />,
  removed: <path d="M2.5 8h11" />,
  contested: <path d="M2.5 5.5h10M10 3l2.5 2.5L10 8M13.5 10.5h-10M6 8l-2.5 2.5L6 13" />,
  agreed: <path d="M2.5 8.5l3.5 3.5 7.5-8" />,
  unknown: (
    <>
      <path d="M4.8 5.4a3.2 3.2 0 1 1 4.5 2.9c-.9.4-1.3 1-1.3 1.9v.5" />
      <circle cx="8" cy="13.4" r="0.5" />
    </>
  ),
};

export function StatusIcon({ status }: { status: PointStatusValue }) {
  return (
    <svg className="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {GLYPHS[status]}
    </svg>
  );
}

/** A point's status: glyph, colour and, always, its name in words (or a longer wording of it). */
export function StatusBadge({ status, label }: { status: PointStatusValue; label?: string }) {
  return (
    <span className={`status-badge status-badge--${status}`}>
      <StatusIcon status={status} />
      <span className="visually-hidden">Status: </span>
      {label ?? STATUS_LABELS[status]}
    </span>
  );
}

/** Shown where a point has no status row yet. */
export function NoStatusBadge() {
  return <span className="status-badge status-badge--none">No status recorded</span>;
}
