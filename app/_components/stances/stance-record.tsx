import type { CellStance } from "@/lib/data/stances/get-stance-cell";
import { MomentText } from "../auth/moment-text";
import { DateText } from "../date-text";
import { PointNumber } from "../point-number";
import { SourceList, SourcesDisclosure } from "../source-list";
import { StanceBadge } from "./stance-position";
import styles from "./stance-record.module.css";

function aboutText(stance: Pick<CellStance, "versionLabel" | "pointNumber">) {
  return stance.pointNumber === null ? (
    <>{stance.versionLabel} as a whole</>
  ) : (
    <>
      {stance.versionLabel}, point <PointNumber number={stance.pointNumber} provisional={false} />
    </>
  );
}

/** Who recorded a stance, and when; stances from the dataset say so. */
function Provenance({ stance }: { stance: CellStance }) {
  return (
    <p className={styles.provenance}>
      {stance.recordedBy ? (
        <>
          Recorded by {stance.recordedBy}, <MomentText at={stance.recordedAt} />
        </>
      ) : (
        <>From the Draftwatch dataset</>
      )}
    </p>
  );
}

/** The stance a cell shows, with all of its evidence in view. */
export function CurrentStance({ stance, versionLabel }: { stance: CellStance; versionLabel: string }) {
  const carried = stance.versionLabel !== versionLabel;
  return (
    <article className={styles.current} aria-labelledby="current-stance-heading">
      <header className={styles.header}>
        <h2 id="current-stance-heading" className={styles.heading}>
          Current position
        </h2>
        <StanceBadge position={stance.position} />
        {carried ? <span className={styles.carried}>from {stance.versionLabel}</span> : null}
      </header>
      <dl className="meta-list">
        <div>
          <dt>Stated</dt>
          <dd>
            <DateText day={stance.statedOn} />
          </dd>
        </div>
        <div>
          <dt>About</dt>
          <dd>{aboutText(stance)}</dd>
        </div>
      </dl>
      <p className={styles.summary}>{stance.summary}</p>
      {stance.quote ? (
        <blockquote className={styles.quote}>
          <p>“{stance.quote}”</p>
        </blockquote>
      ) : null}
      {stance.note ? (
        <p className="point__note">
          <span className="label">Note: </span>
          {stance.note}
        </p>
      ) : null}
      <section aria-label="Sources for this position" className={styles.sources}>
        <h3 className="aside-heading">Sources ({stance.sources.length})</h3>
        <SourceList sources={stance.sources} />
      </section>
      <Provenance stance={stance} />
    </article>
  );
}

/** Every stance of the party on the provision, newest first, each labelled with its version. */
export function StanceHistory({
  history,
  currentId,
  versionPosition,
}: {
  history: CellStance[];
  currentId: string | null;
  versionPosition: number;
}) {
  if (history.length === 0) return <p className="empty">No stance has been recorded for this party here.</p>;
  return (
    <ol className={styles.history}>
      {history.map((stance) => {
        const later = stance.versionPosition > versionPosition;
        return (
          <li key={stance.id} className={`${styles.entry}${later ? ` ${styles.later}` : ""}`}>
            <div className={styles.entryHeader}>
              <StanceBadge position={stance.position} />
              <DateText day={stance.statedOn} />
              <span className={styles.about}>on {aboutText(stance)}</span>
              {stance.id === currentId ? <span className={styles.flag}>Current here</span> : null}
              {later ? <span className={styles.flagMuted}>About a later version</span> : null}
            </div>
            <p className={styles.entrySummary}>{stance.summary}</p>
            {stance.quote ? (
              <blockquote className={styles.quote}>
                <p>“{stance.quote}”</p>
              </blockquote>
            ) : null}
            {stance.note ? (
              <p className="point__note">
                <span className="label">Note: </span>
                {stance.note}
              </p>
            ) : null}
            <SourcesDisclosure sources={stance.sources} />
            <Provenance stance={stance} />
          </li>
        );
      })}
    </ol>
  );
}
