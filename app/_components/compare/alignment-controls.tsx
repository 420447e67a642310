"use client";

import { useActionState, useId } from "react";
import { confirmMatch, linkRemovedToAdded, rejectMatch } from "@/app/documents/[slug]/compare/actions";
import { IDLE, type FormState } from "@/app/_lib/form-state";
import { FieldError, describedBy } from "@/app/_components/auth/field-error";
import forms from "@/app/_components/auth/forms.module.css";
import styles from "./compare.module.css";

export interface PointChoice {
  id: string;
  label: string;
}

export interface AlignmentOptions {
  /** The row's pairs of points (from → to), when it pairs any. */
  pairs: { fromId: string; toId: string; label: string }[];
  /** An automatic match nobody has confirmed yet. */
  canConfirm: boolean;
  similarity: number | null;
  /** On a removed row: its point, and the added points it could be linked to. */
  removed: { point: PointChoice; addedChoices: PointChoice[] } | null;
}

function dispatch(previous: FormState, formData: FormData): Promise<FormState> {
  switch (formData.get("intent")) {
    case "confirm":
      return confirmMatch(previous, formData);
    case "reject":
      return rejectMatch(previous, formData);
    case "link":
      return linkRemovedToAdded(previous, formData);
    default:
      return Promise.resolve(previous);
  }
}

/**
 * An analyst's corrections to one row of a comparison. The row keeps its key when it
 * changes kind (a rejected match becomes a removed row), so the outcome stays announced
 * in this row's live region.
 */
export function AlignmentControls({ options, rowLabel }: { options: AlignmentOptions; rowLabel: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(dispatch, IDLE);
  const id = useId();
  const errors = state.fieldErrors;
  const { pairs, removed } = options;
  const hasActions = pairs.length > 0 || (removed !== null && removed.addedChoices.length > 0);
  if (!hasActions && state.status === "idle") return null;

  return (
    <details className={styles.alignment}>
      <summary className={styles.alignmentSummary}>
        Correct the alignment<span className="visually-hidden"> of {rowLabel}</span>
      </summary>
      <form action={formAction} className={styles.alignmentForm}>
        <fieldset className={styles.alignmentFieldset} disabled={pending}>
          {pairs.map((pair) => (
            <input key={`${pair.fromId}:${pair.toId}`} type="hidden" name="pair" value={`${pair.fromId}:${pair.toId}`} />
          ))}
          <input type="hidden" name="similarity" value={options.similarity ?? ""} />
          {pairs.length > 1 ? (
            <div className={forms.field}>
              <label className={forms.label} htmlFor={`${id}-pair`}>
                Pair that is not the same provision
              </label>
              <select
                id={`${id}-pair`}
                name="rejectPair"
                className={forms.select}
                aria-invalid={errors.pair ? true : undefined}
                aria-describedby={describedBy(errors.pair && `${id}-pair-error`)}
              >
                {pairs.map((pair) => (
                  <option key={`${pair.fromId}:${pair.toId}`} value={`${pair.fromId}:${pair.toId}`}>
                    {pair.label}
                  </option>
                ))}
              </select>
              <FieldError id={`${id}-pair-error`} messages={errors.pair} />
            </div>
          ) : pairs[0] ? (
            <input type="hidden" name="rejectPair" value={`${pairs[0].fromId}:${pairs[0].toId}`} />
          ) : null}

          {removed ? (
            <>
              <input type="hidden" name="fromPointId" value={removed.point.id} />
              {removed.addedChoices.length > 0 ? (
                <div className={forms.field}>
                  <label className={forms.label} htmlFor={`${id}-to`}>
                    Same provision as
                  </label>
                  <select
                    id={`${id}-to`}
                    name="toPointId"
                    className={forms.select}
                    aria-invalid={errors.toPointId ? true : undefined}
                    aria-describedby={describedBy(`${id}-to-hint`, errors.toPointId && `${id}-to-error`)}
                  >
                    {removed.addedChoices.map((choice) => (
                      <option key={choice.id} value={choice.id}>
                        {choice.label}
                      </option>
                    ))}
                  </select>
                  <p id={`${id}-to-hint`} className={forms.hint}>
                    Points this comparison shows as added. Linking says {removed.point.label} was reworded or moved, not dropped.
                  </p>
                  <FieldError id={`${id}-to-error`} messages={errors.toPointId} />
                </div>
              ) : (
                <p className={forms.hint}>No point is shown as added, so there is nothing to link {removed.point.label} to.</p>
              )}
            </>
          ) : null}

          {pairs.length > 0 || (removed && removed.addedChoices.length > 0) ? (
            <div className={forms.field}>
              <label className={forms.label} htmlFor={`${id}-note`}>
                Note <span className={styles.optional}>(optional)</span>
              </label>
              <input
                id={`${id}-note`}
                name="note"
                className={forms.input}
                maxLength={1000}
                aria-invalid={errors.note ? true : undefined}
                aria-describedby={describedBy(`${id}-note-hint`, errors.note && `${id}-note-error`)}
              />
              <p id={`${id}-note-hint`} className={forms.hint}>
                Why: kept in the audit log with your name.
              </p>
              <FieldError id={`${id}-note-error`} messages={errors.note} />
            </div>
          ) : null}

          <div className={forms.actions}>
            {options.canConfirm ? (
              <button type="submit" name="intent" value="confirm" className={forms.secondaryButton}>
                Confirm match
              </button>
            ) : null}
            {pairs.length > 0 ? (
              <button type="submit" name="intent" value="reject" className={forms.dangerButton}>
                Not the same provision
              </button>
            ) : null}
            {removed && removed.addedChoices.length > 0 ? (
              <button type="submit" name="intent" value="link" className={forms.secondaryButton}>
                Link
              </button>
            ) : null}
            {pending ? <span className={styles.pending}>Saving…</span> : null}
          </div>
        </fieldset>
        <div
          role="status"
          aria-live="polite"
          className={state.status === "ok" ? forms.messageOk : state.message ? forms.messageError : undefined}
        >
          {state.message}
        </div>
      </form>
    </details>
  );
}
