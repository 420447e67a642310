import Link from "next/link";
import type { HistoryEntry, HistoryPoint } from "@/lib/data/history/get-point-history";
import { DateText } from "@/app/_components/date-text";
import { DiffLegend, DiffText } from "@/app/_components/diff/diff-text";
import { PointNumber } from "@/app/_components/point-number";
import { SourcesDisclosure } from "@/app/_components/source-list";
import { NoStatusBadge, StatusBadge } from "@/app/_components/status-badge";
import { TextStatusTag } from "@/app/_components/text-status";
import { comparePath, pointAnchor, versionPath } from "@/app/_lib/paths";
import styles from "./history.module.css";

/** The provision in every version of its document, oldest first. */
export function HistoryTimeline({
  documentSlug,
  entries,
  focusLabel,
}: {
  documentSlug: string;
  entries: HistoryEntry[];
  focusLabel: string;
}) {
  const hasDiffs = entries.some((entry) => entry.diffToPrevious && !entry.diffToPrevious.rewritten);
  return (
    <>
      {hasDiffs ? <DiffLegend /> : null}
      <ol className={styles.timeline}>
        {entries.map((entry) => (
          <li
            key={entry.version.id}
            className={`${styles.entry} ${styles[`entry-${entry.presence}`] ?? ""}`}
            aria-current={entry.version.label === focusLabel ? "page" : undefined}
          >
            <span className={styles.marker} aria-hidden="true" />
            <article className={styles.entryCard} aria-labelledby={`entry-${entry.version.position}`}>
              <header className={styles.entryHeader}>
                <h3 id={`entry-${entry.version.position}`} className={styles.entryTitle}>
                  <Link href={versionPath(documentSlug, entry.version.label)}>{entry.version.label}</Link>
                </h3>
                <span className={styles.entryMeta}>
                  <DateText day={entry.version.publishedOn} />
                  <TextStatusTag status={entry.version.textStatus} />
                </span>
                {entry.version.label === focusLabel ? <span className={styles.here}>You came from here</span> : null}
              </header>
              <EntryBody documentSlug={documentSlug} entry={entry} />
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}

function EntryBody({ documentSlug, entry }: { documentSlug: string; entry: HistoryEntry }) {
  if (entry.presence === "absent") {
    return <p className={styles.absent}>Not in this version.</p>;
  }
  if (entry.presence === "removed") {
    return (
      <div className={styles.removal}>
        <StatusBadge status="removed" label="Removed in this version" />
        {entry.removal?.summary ? <p className={styles.removalSummary}>{entry.removal.summary}</p> : null}
        {entry.removal?.note ? (
          <p className={styles.muted}>
            <span className="label">Note on the removal: </span>
            {entry.removal.note}
          </p>
        ) : null}
        <SourcesDisclosure sources={entry.removal?.sources ?? []} label="Sources for the removal" />
      </div>
    );
  }

  const diff = entry.diffToPrevious;
  const inline = diff && !diff.rewritten && entry.points.length === 1;
  return (
    <div className={styles.points}>
      {entry.points.map((point) => (
        <div key={point.id} className={styles.point} id={pointAnchor(point.number)}>
          <div className={styles.pointHeader}>
            <p className={styles.pointNumber}>
              <Link href={`${versionPath(documentSlug, entry.version.label)}#${pointAnchor(point.number)}`}>
                Point <PointNumber number={point.number} provisional={point.numberProvisional} />
                <span className="visually-hidden"> in {entry.version.label}</span>
              </Link>
            </p>
            {point.status ? <StatusBadge status={point.status.value} /> : <NoStatusBadge />}
          </div>
          {inline ? (
            <>
              <p className={styles.diffCaption}>Changes since {diff.previousLabel} are marked.</p>
              <p className={styles.text}>
                <DiffText ops={diff.ops} />
              </p>
            </>
          ) : (
            <PointText point={point} textStatus={entry.version.textStatus} />
          )}
          <StatusDetail point={point} />
          <SourcesDisclosure sources={point.sources} label="Sources for this wording" />
        </div>
      ))}
      {diff && diff.rewritten ? (
        <p className={styles.rewritten}>
          <strong>Rewritten since {diff.previousLabel}</strong> — too different for a word-by-word comparison; the text is shown in
          full.
        </p>
      ) : null}
      {diff && !diff.rewritten && entry.points.length > 1 ? (
        <div className={styles.joinedDiff}>
          <p className={styles.diffCaption}>Changes since {diff.previousLabel}, reading the points as one text:</p>
          <p className={styles.text}>
            <DiffText ops={diff.ops} />
          </p>
        </div>
      ) : null}
      {diff ? (
        <p className={styles.compareLink}>
          <Link href={comparePath(documentSlug, diff.previousLabel, entry.version.label)}>
            Compare {diff.previousLabel} with {entry.version.label}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function PointText({ point, textStatus }: { point: HistoryPoint; textStatus: HistoryEntry["version"]["textStatus"] }) {
  if (point.text !== null) return <p className={styles.text}>{point.text}</p>;
  return (
    <div className={styles.withheld}>
      <p className={styles.withheldLabel}>{textStatus === "unreleased" ? "Text not released" : "Wording unknown"}</p>
      <p className={styles.reported}>
        {point.summary ? (
          <>
            <span className="label">What is reported: </span>
            {point.summary}
          </>
        ) : (
          "Nothing is reported about its content."
        )}
      </p>
    </div>
  );
}

function StatusDetail({ point }: { point: HistoryPoint }) {
  const status = point.status;
  if (!status || (!status.summary && !status.note && status.sources.length === 0)) return null;
  return (
    <div className={styles.statusDetail}>
      {status.summary ? <p>{status.summary}</p> : null}
      {status.note ? (
        <p className={styles.muted}>
          <span className="label">Note on the status: </span>
          {status.note}
        </p>
      ) : null}
      {status.sources.length > 0 ? <SourcesDisclosure sources={status.sources} label="Sources for the status" /> : null}
    </div>
  );
}
