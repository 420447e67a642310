"use client";

import { useActionState } from "react";
import {
  addAlternativeFromForm,
  addNoteFromForm,
  deleteAlternativeFromForm,
  deleteNoteFromForm,
  setStatusFromForm,
  type AlternativeFormState,
  type NoteFormState,
  type StatusFormState,
} from "@/app/documents/[slug]/versions/[label]/actions";
import { IDLE, type FormState } from "@/app/_lib/form-state";
import type { PartySummary } from "@/lib/data/parties/party-summary";
import type { CurrentStatus } from "@/lib/data/statuses/set-point-status";
import { settableStatuses } from "@/lib/stances/stance-input";
import { describedBy } from "../auth/field-error";
import forms from "../auth/forms.module.css";
import { MomentText } from "../auth/moment-text";
import { STATUS_LABELS, StatusBadge } from "../status-badge";
import { FieldMessage } from "../stances/field-message";
import styles from "./marking.module.css";

const STATUS_INITIAL: StatusFormState = { ...IDLE, values: null, conflict: null, baseStatusId: null, attempt: 0 };
const NOTE_INITIAL: NoteFormState = { ...IDLE, values: null, attempt: 0 };
const ALTERNATIVE_INITIAL: AlternativeFormState = { ...IDLE, values: null, attempt: 0 };

/** The form's outcome, announced; a conflict's own notice shows the details, so its message is only read out. */
/** The optional free-text note of a marking form, with its field error. */
function OptionalNoteField({ id, label, value, errors }: { id: string; label: string; value: string; errors: string[] | undefined }) {
  return (
    <div className={forms.field}>
      <label className={forms.label} htmlFor={`${id}-note`}>
        {label}
        <span className={styles.optional}> (optional)</span>
      </label>
      <textarea
        id={`${id}-note`}
        className={forms.input}
        name="note"
        rows={2}
        defaultValue={value}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(errors && `${id}-note-error`)}
      />
      <FieldMessage id={`${id}-note-error`} label="The note" messages={errors} />
    </div>
  );
}

function Message({ state, conflict = false }: { state: FormState; conflict?: boolean }) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={conflict ? "visually-hidden" : state.status === "ok" ? forms.messageOk : state.message ? forms.messageError : undefined}
    >
      {state.message}
    </div>
  );
}

/** Sets a point's status in this version; `baseStatusId` is the status the page showed. */
export function PointStatusForm({
  idPrefix,
  versionId,
  pointId,
  versionLabel,
  currentStatus,
  baseStatusId,
}: {
  idPrefix: string;
  versionId: string;
  pointId: string;
  versionLabel: string;
  currentStatus: string | null;
  baseStatusId: string | null;
}) {
  const [state, formAction, pending] = useActionState<StatusFormState, FormData>(setStatusFromForm, STATUS_INITIAL);
  const errors = state.fieldErrors;
  const base = state.conflict ? state.baseStatusId : baseStatusId;
  const settable = currentStatus !== null && (settableStatuses as readonly string[]).includes(currentStatus);
  const values = state.values ?? { status: settable ? currentStatus : "", note: "" };
  const id = `${idPrefix}-status`;
  return (
    <div className={styles.formBlock}>
      <Message state={state} conflict={state.conflict !== null} />
      {state.conflict ? <StatusConflict current={state.conflict.current} /> : null}
      <form action={formAction} className={styles.form} key={state.attempt} noValidate>
        <input type="hidden" name="versionId" value={versionId} />
        <input type="hidden" name="pointId" value={pointId} />
        <input type="hidden" name="baseStatusId" value={base ?? ""} />
        <fieldset className={forms.fieldset} disabled={pending}>
          <div className={forms.field}>
            <label className={forms.label} htmlFor={`${id}-value`}>
              Status in {versionLabel}
            </label>
            <select
              id={`${id}-value`}
              className={forms.select}
              name="status"
              defaultValue={values.status}
              aria-invalid={errors.status ? true : undefined}
              aria-describedby={describedBy(errors.status && `${id}-value-error`)}
            >
              <option value="" disabled>
                Choose a status
              </option>
              {settableStatuses.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>
            <FieldMessage id={`${id}-value-error`} label="Status" messages={errors.status} />
          </div>
          <OptionalNoteField id={id} label="Why" value={values.note} errors={errors.note} />
          <div className={forms.actions}>
            <button type="submit" className={forms.secondaryButton}>
              {pending ? "Saving…" : "Save status"}
            </button>
          </div>
        </fieldset>
      </form>
    </div>
  );
}

function StatusConflict({ current }: { current: CurrentStatus | null }) {
  return (
    <div className={styles.conflict}>
      <p className={styles.conflictHeading}>Someone else marked this point first.</p>
      {current ? (
        <p>
          It is now <StatusBadge status={current.status} />
          {current.createdBy ? `, set by ${current.createdBy}` : ""} <MomentText at={new Date(current.createdAt)} />
          {current.note ? <>: “{current.note}”</> : "."}
        </p>
      ) : (
        <p>It has no status now.</p>
      )}
      <p>Your choice is kept below; save again if it still stands.</p>
    </div>
  );
}

/** Adds a note to the provision: it follows the provision to every version. */
export function PointNoteForm({ idPrefix, pointId }: { idPrefix: string; pointId: string }) {
  const [state, formAction, pending] = useActionState<NoteFormState, FormData>(addNoteFromForm, NOTE_INITIAL);
  const id = `${idPrefix}-note-body`;
  const errors = state.fieldErrors;
  return (
    <div className={styles.formBlock}>
      <Message state={state} />
      <form action={formAction} className={styles.form} key={state.attempt} noValidate>
        <input type="hidden" name="pointId" value={pointId} />
        <fieldset className={forms.fieldset} disabled={pending}>
          <div className={forms.field}>
            <label className={forms.label} htmlFor={id}>
              Note on this provision
            </label>
            <textarea
              id={id}
              className={forms.input}
              name="body"
              rows={3}
              defaultValue={state.values?.body ?? ""}
              aria-invalid={errors.body ? true : undefined}
              aria-describedby={describedBy(`${id}-hint`, errors.body && `${id}-error`)}
            />
            <p id={`${id}-hint`} className={forms.hint}>
              Shown with your name wherever the provision appears, in every version.
            </p>
            <FieldMessage id={`${id}-error`} label="The note" messages={errors.body} />
          </div>
          <div className={forms.actions}>
            <button type="submit" className={forms.secondaryButton}>
              {pending ? "Adding…" : "Add note"}
            </button>
          </div>
        </fieldset>
      </form>
    </div>
  );
}

/** Records a party's bracketed alternative wording of the point. */
export function PointAlternativeForm({
  idPrefix,
  versionId,
  pointId,
  parties,
}: {
  idPrefix: string;
  versionId: string;
  pointId: string;
  parties: PartySummary[];
}) {
  const [state, formAction, pending] = useActionState<AlternativeFormState, FormData>(addAlternativeFromForm, ALTERNATIVE_INITIAL);
  const id = `${idPrefix}-alternative`;
  const errors = state.fieldErrors;
  const values = state.values ?? { partyId: "", text: "", note: "" };
  return (
    <div className={styles.formBlock}>
      <Message state={state} />
      <form action={formAction} className={styles.form} key={state.attempt} noValidate>
        <input type="hidden" name="versionId" value={versionId} />
        <input type="hidden" name="pointId" value={pointId} />
        <fieldset className={forms.fieldset} disabled={pending}>
          <div className={forms.field}>
            <label className={forms.label} htmlFor={`${id}-party`}>
              Proposed by
            </label>
            <select
              id={`${id}-party`}
              className={forms.select}
              name="partyId"
              defaultValue={values.partyId}
              aria-invalid={errors.partyId ? true : undefined}
              aria-describedby={describedBy(errors.partyId && `${id}-party-error`)}
            >
              <option value="" disabled>
                Choose a party
              </option>
              {parties.map((party) => (
                <option key={party.id} value={party.id}>
                  {party.name}
                </option>
              ))}
            </select>
            <FieldMessage id={`${id}-party-error`} label="Party" messages={errors.partyId ? ["Choose the party that proposed it."] : undefined} />
          </div>
          <div className={forms.field}>
            <label className={forms.label} htmlFor={`${id}-text`}>
              Alternative wording
            </label>
            <textarea
              id={`${id}-text`}
              className={forms.input}
              name="text"
              rows={3}
              defaultValue={values.text}
              aria-invalid={errors.text ? true : undefined}
              aria-describedby={describedBy(`${id}-text-hint`, errors.text && `${id}-text-error`)}
            />
            <p id={`${id}-text-hint`} className={forms.hint}>
              The whole point as that party would word it; it is compared word by word with the adopted text.
            </p>
            <FieldMessage id={`${id}-text-error`} label="The wording" messages={errors.text} />
          </div>
          <OptionalNoteField id={id} label="Note" value={values.note} errors={errors.note} />
          <div className={forms.actions}>
            <button type="submit" className={forms.secondaryButton}>
              {pending ? "Adding…" : "Add alternative wording"}
            </button>
          </div>
        </fieldset>
      </form>
    </div>
  );
}

/** Deletes a note or an alternative wording (admins). */
export function DeleteAnnotationButton({ kind, id, label }: { kind: "note" | "alternative"; id: string; label: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(kind === "note" ? deleteNoteFromForm : deleteAlternativeFromForm, IDLE);
  return (
    <form action={formAction} className={forms.inlineForm}>
      <input type="hidden" name={kind === "note" ? "noteId" : "alternativeId"} value={id} />
      <button type="submit" className={`${forms.dangerButton} ${styles.smallButton}`} disabled={pending}>
        {pending ? "Deleting…" : "Delete"}
        <span className="visually-hidden"> {label}</span>
      </button>
      {state.status === "error" && state.message ? (
        <span role="alert" className={`${forms.rowMessage} ${forms.fieldError}`}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
