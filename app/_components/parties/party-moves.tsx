import Link from "next/link";
import type { StanceCellRef } from "@/lib/data/parties/get-party";
import type { MoveEnd, PartyMoveItem } from "@/lib/data/parties/list-party-moves";
import { stanceCellPath } from "@/app/_lib/paths";
import { describedBy } from "../auth/field-error";
import forms from "../auth/forms.module.css";
import { DateText, formatDay } from "../date-text";
import { FieldMessage } from "../stances/field-message";
import { StanceBadge } from "../stances/stance-position";
import styles from "./parties.module.css";

export function cellHref(cell: StanceCellRef, partySlug: string): string {
  return stanceCellPath(cell.documentSlug, cell.versionLabel, cell.segment, partySlug);
}

function where(end: MoveEnd): string {
  return end.pointNumber === null ? `${end.versionLabel} as a whole` : `${end.versionLabel}, point ${end.pointNumber}`;
}

/** The "since" date as a GET form: the view is a permalink (?since=YYYY-MM-DD). */
export function SinceForm({ action, value, errors }: { action: string; value: string; errors: string[] | undefined }) {
  return (
    <form method="get" action={action} className={styles.sinceForm}>
      <div className={styles.sinceField}>
        <label className={forms.label} htmlFor="moved-since">
          Moved since
        </label>
        <input
          id="moved-since"
          className={forms.input}
          type="date"
          name="since"
          defaultValue={value}
          aria-invalid={errors ? true : undefined}
          aria-describedby={describedBy("moved-since-hint", errors && "moved-since-error")}
        />
      </div>
      <button type="submit" className={forms.secondaryButton}>
        Show what moved
      </button>
      <p id="moved-since-hint" className={forms.hint}>
        Provisions where the party’s position after this day differs from the one it held on it.
      </p>
      <FieldMessage id="moved-since-error" label="The date" messages={errors} />
    </form>
  );
}

export function PartyMoves({ moves, since, partySlug, partyName }: { moves: PartyMoveItem[]; since: string; partySlug: string; partyName: string }) {
  if (moves.length === 0) {
    return <p className="empty">No position of {partyName} has moved since {formatDay(since)}.</p>;
  }
  return (
    <>
      <p className="section-intro">
        {moves.length} {moves.length === 1 ? "position" : "positions"} moved after {formatDay(since)}, newest first.
      </p>
      <ol className={styles.moves}>
        {moves.map((move) => (
          <li key={move.after.stanceId} className={styles.move}>
            <p className={styles.moveWhat}>
              {where(move.after)} <span>· {move.document.title}</span>
            </p>
            <p className={styles.moveChange}>
              <span className={styles.moveEnd}>
                {move.before ? (
                  <>
                    <StanceBadge position={move.before.position} />
                    <Link href={cellHref(move.before.cell, partySlug)}>
                      <DateText day={move.before.statedOn} />
                      <span className="visually-hidden">, evidence for the earlier position on {where(move.before)}</span>
                    </Link>
                  </>
                ) : (
                  <span className={styles.none}>No position stated</span>
                )}
              </span>
              <span className={styles.arrow} aria-hidden="true">
                →
              </span>
              <span className="visually-hidden">changed to</span>
              <span className={styles.moveEnd}>
                <StanceBadge position={move.after.position} />
                <Link href={cellHref(move.after.cell, partySlug)}>
                  <DateText day={move.after.statedOn} />
                  <span className="visually-hidden">, evidence for the new position</span>
                </Link>
              </span>
            </p>
            <p className={styles.moveSummary}>{move.after.summary}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
