import Link from "next/link";
import type { ComparisonVersion } from "@/lib/data/compare/get-comparison";
import { DateText } from "@/app/_components/date-text";
import { TextStatusTag } from "@/app/_components/text-status";
import { versionPath } from "@/app/_lib/paths";
import styles from "./compare.module.css";

export function CompareHeader({
  from,
  to,
  documentSlug,
}: {
  from: ComparisonVersion | null;
  to: ComparisonVersion | null;
  documentSlug?: string;
}) {
  if (!from || !to || !documentSlug) {
    return (
      <header className="page-header">
        <p className="eyebrow">Compare versions</p>
        <h1>Compare versions</h1>
      </header>
    );
  }
  const backwards = from.position > to.position;
  return (
    <header className="page-header">
      <p className="eyebrow">Compare versions</p>
      <h1 className={styles.title}>
        {from.label}
        <span aria-hidden="true" className={styles.titleArrow}>
          {" "}
          →{" "}
        </span>
        <span className="visually-hidden"> compared with </span>
        {to.label}
      </h1>
      <dl className={styles.versionFacts}>
        {[
          { role: "From", version: from },
          { role: "To", version: to },
        ].map(({ role, version }) => (
          <div key={role} className={styles.versionFact}>
            <dt className={styles.factLabel}>{role}</dt>
            <dd>
              <Link href={versionPath(documentSlug, version.label)} className={styles.versionLink}>
                {version.label}
              </Link>
              <span className={styles.versionMeta}>
                <DateText day={version.publishedOn} />
                <TextStatusTag status={version.textStatus} />
              </span>
            </dd>
          </div>
        ))}
      </dl>
      {backwards ? (
        <p className="section-intro">
          Reading backwards in time: {to.label} is the earlier version, so “added” means only in {to.label}, and “removed” means
          no longer in it.
        </p>
      ) : null}
    </header>
  );
}

/** What the page could not use from its address, and what it shows instead. */
export function CompareNotices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <aside className={`callout callout--caveat ${styles.notices}`} aria-labelledby="compare-notices-title">
      <p id="compare-notices-title" className="callout__title">
        About this view
      </p>
      <ul className={styles.noticeList}>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </aside>
  );
}
