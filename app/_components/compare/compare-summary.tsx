import Link from "next/link";
import type { RowKind } from "@/lib/align";
import { ROW_KINDS } from "@/lib/compare/build-comparison";
import { KIND_LABELS, KIND_MEANINGS, KindIcon } from "./kind-tag";
import styles from "./compare.module.css";

/** Rows by kind of change; each count filters the comparison to that kind (and back). */
export function CompareSummary({
  summary,
  total,
  active,
  hrefFor,
}: {
  summary: Record<RowKind, number>;
  total: number;
  active: RowKind | null;
  hrefFor: (kind: RowKind | null) => string;
}) {
  const present = ROW_KINDS.filter((kind) => summary[kind] > 0 || kind === active);
  return (
    <section className={styles.summary} aria-labelledby="compare-summary-heading">
      <h2 id="compare-summary-heading" className={styles.summaryHeading}>
        {total} {total === 1 ? "row" : "rows"}, by kind of change
      </h2>
      <ul className={styles.summaryList}>
        <li>
          <Link href={hrefFor(null)} className={styles.summaryItem} aria-current={active === null ? "true" : undefined}>
            <span className={styles.summaryNumber}>{total}</span> all rows
          </Link>
        </li>
        {present.map((kind) => (
          <li key={kind}>
            <Link
              href={hrefFor(active === kind ? null : kind)}
              className={`${styles.summaryItem} ${styles[`kind-${kind}`] ?? ""}`}
              aria-current={active === kind ? "true" : undefined}
              title={KIND_MEANINGS[kind]}
            >
              <KindIcon kind={kind} />
              <span className={styles.summaryNumber}>{summary[kind]}</span> {KIND_LABELS[kind].toLowerCase()}
              <span className="visually-hidden">{active === kind ? " (filter on; select to show all rows)" : ": show only these"}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
