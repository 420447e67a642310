import Link from "next/link";
import type { HistoryAlternative, HistoryNote } from "@/lib/data/history/get-point-history";
import { diffWords } from "@/lib/diff";
import { DateText } from "@/app/_components/date-text";
import { DiffText } from "@/app/_components/diff/diff-text";
import { PartyLabel } from "@/app/_components/party-label";
import { pointPath } from "@/app/_lib/paths";
import styles from "./history.module.css";

/** Analysts' notes: anchored to one point, shown wherever the provision goes. */
export function ProvisionNotes({ documentSlug, notes }: { documentSlug: string; notes: HistoryNote[] }) {
  if (notes.length === 0) return <p className="empty">No notes yet.</p>;
  return (
    <ul className={styles.notes}>
      {notes.map((note) => (
        <li key={note.id} className={styles.note}>
          <p className={styles.noteBody}>{note.body}</p>
          <p className={styles.recorded}>
            {note.author}, <DateText day={note.createdAt.slice(0, 10)} /> · written on{" "}
            <Link href={pointPath(documentSlug, note.anchor.versionLabel, note.anchor.number)}>
              {note.anchor.versionLabel} point {note.anchor.number}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Bracketed alternative wordings tabled by the parties, each against the adopted text of its version. */
export function Alternatives({ alternatives }: { alternatives: HistoryAlternative[] }) {
  if (alternatives.length === 0) return <p className="empty">No alternative wording is recorded.</p>;
  return (
    <ul className={styles.notes}>
      {alternatives.map((alternative) => (
        <li key={alternative.id} className={styles.note}>
          <p className={styles.stanceWho}>
            <PartyLabel party={alternative.party} />
            <span className={styles.stanceMeta}>
              for {alternative.versionLabel}, point {alternative.pointNumber}
            </span>
          </p>
          <p className={styles.text}>{alternative.text}</p>
          {alternative.adoptedText !== null ? (
            <div className={styles.joinedDiff}>
              <p className={styles.diffCaption}>Against the adopted text (its own words inserted, the adopted ones deleted):</p>
              <p className={styles.text}>
                <DiffText ops={diffWords(alternative.adoptedText, alternative.text).ops} />
              </p>
            </div>
          ) : (
            <p className={styles.muted}>The adopted text of {alternative.versionLabel} was not released, so there is nothing to compare it with.</p>
          )}
          {alternative.note ? (
            <p className={styles.muted}>
              <span className="label">Note: </span>
              {alternative.note}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
