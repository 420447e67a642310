import Link from "next/link";
import type { RowKind } from "@/lib/align";
import { ROW_KINDS } from "@/lib/compare/build-comparison";
import type { CompareView, StatusFilter } from "@/lib/compare/view-state";
import { STATUS_LABELS, STATUS_ORDER } from "@/app/_components/status-badge";
import { documentPath } from "@/app/_lib/paths";
import { KIND_LABELS } from "./kind-tag";
import styles from "./compare.module.css";

export interface FilterCounts {
  kinds: Record<RowKind, number>;
  statuses: Map<StatusFilter, number>;
  topics: Map<string, number>;
}

/** Kind, status and topic filters as a GET form: the result is a permalink, and it works without JavaScript. */
export function CompareFilters({
  documentSlug,
  from,
  to,
  view,
  counts,
  clearHref,
}: {
  documentSlug: string;
  from: string;
  to: string;
  view: CompareView;
  counts: FilterCounts;
  clearHref: string | null;
}) {
  const statuses: StatusFilter[] = [...STATUS_ORDER, "none"];
  const topics = [...counts.topics.keys()].sort((a, b) => a.localeCompare(b));
  return (
    <form method="get" action={`${documentPath(documentSlug)}/compare`} className={styles.filters} aria-label="Filter rows">
      <input type="hidden" name="from" value={from} />
      <input type="hidden" name="to" value={to} />
      {view.changedOnly ? <input type="hidden" name="changed" value="1" /> : null}
      {view.layout === "unified" ? <input type="hidden" name="view" value="unified" /> : null}
      <div className={styles.filterField}>
        <label htmlFor="filter-kind" className={styles.pickerLabel}>
          Kind of change
        </label>
        <select id="filter-kind" name="kind" className={styles.select} defaultValue={view.kind ?? ""}>
          <option value="">All kinds</option>
          {ROW_KINDS.filter((kind) => counts.kinds[kind] > 0 || kind === view.kind).map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]} ({counts.kinds[kind]})
            </option>
          ))}
        </select>
      </div>
      <div className={styles.filterField}>
        <label htmlFor="filter-status" className={styles.pickerLabel}>
          Status
        </label>
        <select id="filter-status" name="status" className={styles.select} defaultValue={view.status ?? ""}>
          <option value="">All statuses</option>
          {statuses
            .filter((status) => (counts.statuses.get(status) ?? 0) > 0 || status === view.status)
            .map((status) => (
              <option key={status} value={status}>
                {status === "none" ? "No status recorded" : STATUS_LABELS[status]} ({counts.statuses.get(status) ?? 0})
              </option>
            ))}
        </select>
      </div>
      <div className={styles.filterField}>
        <label htmlFor="filter-topic" className={styles.pickerLabel}>
          Topic
        </label>
        <select id="filter-topic" name="topic" className={styles.select} defaultValue={view.topic ?? ""}>
          <option value="">All topics</option>
          {topics.map((topic) => (
            <option key={topic} value={topic}>
              {topic.replaceAll("-", " ")} ({counts.topics.get(topic)})
            </option>
          ))}
        </select>
      </div>
      <div className={styles.filterActions}>
        <button type="submit" className={styles.toolButton}>
          Apply filters
        </button>
        {clearHref ? (
          <Link href={clearHref} className={styles.clearLink}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** Two mutually exclusive views as links: the current one is marked, the other is one click (and a permalink) away. */
export function ViewSwitch({
  label,
  options,
}: {
  label: string;
  options: { label: string; href: string; current: boolean }[];
}) {
  return (
    <div className={styles.switch} role="group" aria-label={label}>
      <span className={styles.switchLabel} aria-hidden="true">
        {label}
      </span>
      {options.map((option) => (
        <Link
          key={option.label}
          href={option.href}
          className={styles.switchOption}
          aria-current={option.current ? "true" : undefined}
          scroll={false}
        >
          {option.label}
        </Link>
      ))}
    </div>
  );
}
