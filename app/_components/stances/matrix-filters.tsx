import Link from "next/link";
import type { MatrixFilters as Filters } from "@/lib/data/stances/get-stance-matrix";
import { POSITION_ORDER } from "@/lib/stances/positions";
import forms from "../auth/forms.module.css";
import { POSITION_LABELS } from "./stance-position";
import styles from "./matrix-filters.module.css";

/** The matrix's view state as a GET form: every filter is in the URL, so every view is a permalink. */
export function MatrixFilters({
  action,
  filters,
  topics,
  otherPartyCount,
}: {
  action: string;
  filters: Filters;
  topics: string[];
  otherPartyCount: number;
}) {
  const active = filters.topic !== null || filters.position !== null || filters.disagreements || filters.allParties;
  return (
    <form method="get" action={action} className={styles.filters} aria-labelledby="matrix-filters-heading">
      <h2 id="matrix-filters-heading" className="visually-hidden">
        Filter the matrix
      </h2>
      <div className={styles.field}>
        <label className={forms.label} htmlFor="filter-topic">
          Topic
        </label>
        <select id="filter-topic" name="topic" className={forms.select} defaultValue={filters.topic ?? ""}>
          <option value="">All topics</option>
          {topics.map((topic) => (
            <option key={topic} value={topic}>
              {topic.replaceAll("-", " ")}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label className={forms.label} htmlFor="filter-position">
          Position
        </label>
        <select
          id="filter-position"
          name="position"
          className={forms.select}
          defaultValue={filters.position ?? ""}
          aria-describedby="filter-position-hint"
        >
          <option value="">Any position</option>
          {POSITION_ORDER.map((position) => (
            <option key={position} value={position}>
              {POSITION_LABELS[position]}
            </option>
          ))}
        </select>
        <span id="filter-position-hint" className="visually-hidden">
          Shows provisions where at least one party currently holds this position.
        </span>
      </div>
      <div className={styles.checks}>
        <label className={styles.check}>
          <input type="checkbox" name="disagreements" value="1" defaultChecked={filters.disagreements} aria-describedby="filter-disagreements-hint" />
          Disagreements only
        </label>
        <span id="filter-disagreements-hint" className={forms.hint}>
          Provisions where parties hold different positions (“unknown” not counted).
        </span>
        <label className={styles.check}>
          <input type="checkbox" name="parties" value="all" defaultChecked={filters.allParties} />
          Show every party{otherPartyCount > 0 ? ` (${otherPartyCount} more with no stance yet)` : ""}
        </label>
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button">
          Apply filters
        </button>
        {active ? (
          <Link href={action} className={styles.reset}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
