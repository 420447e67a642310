import Link from "next/link";
import type { HistoryStance } from "@/lib/data/history/get-point-history";
import { DateText } from "@/app/_components/date-text";
import { PartyLabel } from "@/app/_components/party-label";
import { StanceBadge } from "@/app/_components/stances/stance-position";
import { SourcesDisclosure } from "@/app/_components/source-list";
import { stanceCellPath } from "@/app/_lib/paths";
import styles from "./history.module.css";

/** Every recorded stance on the provision, newest first: stances are never overwritten. */
export function StanceHistory({ documentSlug, stances }: { documentSlug: string; stances: HistoryStance[] }) {
  if (stances.length === 0) return <p className="empty">No stance on this provision is recorded.</p>;
  return (
    <ol className={styles.stances}>
      {stances.map((stance) => (
        <li key={stance.id} className={styles.stance}>
          <p className={styles.stanceWho}>
            <PartyLabel party={stance.party} />
            <StanceBadge position={stance.position} />
          </p>
          <p className={styles.stanceMeta}>
            Stated <DateText day={stance.statedOn} /> · on {stance.versionLabel}
            {stance.pointNumber ? `, point ${stance.pointNumber}` : ""}
          </p>
          <p>{stance.summary}</p>
          {stance.quote ? <blockquote className={styles.quote}>“{stance.quote}”</blockquote> : null}
          {stance.note ? (
            <p className={styles.muted}>
              <span className="label">Note: </span>
              {stance.note}
            </p>
          ) : null}
          <SourcesDisclosure sources={stance.sources} />
          <p className={styles.recorded}>
            {stance.recordedBy ? (
              <>
                Recorded by {stance.recordedBy} on <DateText day={stance.recordedAt.slice(0, 10)} />
              </>
            ) : (
              "From the dataset"
            )}
            {stance.pointNumber ? (
              <>
                {" · "}
                <Link href={stanceCellPath(documentSlug, stance.versionLabel, stance.pointNumber, stance.party.slug)}>
                  Evidence<span className="visually-hidden">
                    {" "}
                    for {stance.party.name} on {stance.versionLabel} point {stance.pointNumber}
                  </span>
                </Link>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
