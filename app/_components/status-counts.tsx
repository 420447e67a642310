import type { StatusCounts as Counts } from "@/lib/data/statuses/current-statuses";
import { STATUS_LABELS, STATUS_ORDER, StatusIcon } from "./status-badge";

/** "40 unchanged, 6 modified…" as a list, each with its status glyph and colour. */
export function StatusCounts({ counts, label = "Points by current status" }: { counts: Counts; label?: string }) {
  const present = STATUS_ORDER.filter((status) => (counts[status] ?? 0) > 0);
  if (present.length === 0) return <p className="status-counts__empty">No statuses recorded.</p>;
  return (
    <ul className="status-counts" aria-label={label}>
      {present.map((status) => (
        <li key={status} className={`status-count status-count--${status}`}>
          <StatusIcon status={status} />
          <span className="status-count__number">{counts[status]}</span> {STATUS_LABELS[status].toLowerCase()}
        </li>
      ))}
    </ul>
  );
}
