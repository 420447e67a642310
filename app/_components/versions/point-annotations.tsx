import Link from "next/link";
import type { PointAlternative, ProvisionNote } from "@/lib/data/versions/get-version-annotations";
import { pointAnchor, versionPath } from "@/app/_lib/paths";
import { MomentText } from "../auth/moment-text";
import { DiffText } from "../diff/diff-text";
import { PartyLabel } from "../party-label";
import { DeleteAnnotationButton } from "./point-marking";
import styles from "./marking.module.css";

/** Bracketed alternative wordings of a point, each diffed against the adopted text. */
export function PointAlternatives({
  id,
  alternatives,
  canDelete,
}: {
  id: string;
  alternatives: PointAlternative[];
  canDelete: boolean;
}) {
  if (alternatives.length === 0) return null;
  return (
    <section id={id} className={styles.annotations} aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} className={styles.annotationsHeading}>
        Alternative wordings ({alternatives.length})
      </h4>
      <ul className={styles.list}>
        {alternatives.map((alternative) => (
          <li key={alternative.id} className={styles.alternative}>
            <p className={styles.who}>
              <span>Proposed by</span>
              <PartyLabel party={alternative.party} />
              {alternative.party.shortLabel === alternative.party.name ? null : <span aria-hidden="true">{alternative.party.name}</span>}
            </p>
            {alternative.diff ? (
              <>
                <p className={styles.alternativeText}>
                  <DiffText ops={alternative.diff.ops} />
                </p>
                <p className={styles.diffKey}>
                  Compared with the adopted text: the alternative’s own words are <ins>underlined</ins>, the adopted words it
                  drops are <del>struck through</del>.
                </p>
              </>
            ) : (
              <p className={styles.alternativeText}>{alternative.text}</p>
            )}
            {alternative.note ? (
              <p className="point__note">
                <span className="label">Note: </span>
                {alternative.note}
              </p>
            ) : null}
            <div className={styles.byline}>
              <span>
                {alternative.createdBy ? `Recorded by ${alternative.createdBy}, ` : "Recorded "}
                <MomentText at={alternative.createdAt} />
              </span>
              {canDelete ? <DeleteAnnotationButton kind="alternative" id={alternative.id} label={`alternative wording by ${alternative.party.name}`} /> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Analysts' notes on the provision, wherever in its lineage they were written. */
export function ProvisionNotes({
  id,
  notes,
  documentSlug,
  here,
  canDelete,
}: {
  id: string;
  notes: ProvisionNote[];
  documentSlug: string;
  /** The version and number this point is shown as, so notes written right here say so. */
  here: { versionLabel: string; number: string };
  canDelete: boolean;
}) {
  if (notes.length === 0) return null;
  return (
    <section className={styles.annotations} aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} className={styles.annotationsHeading}>
        Notes ({notes.length})
      </h4>
      <ul className={styles.list}>
        {notes.map((note) => {
          const sameSpot = note.anchor.versionLabel === here.versionLabel && note.anchor.number === here.number;
          return (
            <li key={note.id} className={styles.note}>
              <p className={styles.noteBody}>{note.body}</p>
              <div className={styles.byline}>
                <span>
                  {note.author}, <MomentText at={note.createdAt} /> · written on{" "}
                  {sameSpot ? (
                    `${note.anchor.versionLabel} point ${note.anchor.number}`
                  ) : (
                    <Link href={`${versionPath(documentSlug, note.anchor.versionLabel)}#${pointAnchor(note.anchor.number)}`}>
                      {note.anchor.versionLabel} point {note.anchor.number}
                    </Link>
                  )}
                </span>
                {canDelete ? <DeleteAnnotationButton kind="note" id={note.id} label={`note by ${note.author}`} /> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
