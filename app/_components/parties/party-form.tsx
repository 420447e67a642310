"use client";

import { useActionState, useState } from "react";
import { createPartyFromForm, updatePartyFromForm, type PartyFormState, type PartyFormValues } from "@/app/parties/actions";
import { partyKinds } from "@/lib/stances/party-input";
import { describedBy } from "../auth/field-error";
import forms from "../auth/forms.module.css";
import { PartyLabel } from "../party-label";
import { FieldMessage } from "../stances/field-message";
import { KIND_LABELS } from "./party-kind";
import styles from "./parties.module.css";

const INITIAL: PartyFormState = { status: "idle", message: null, fieldErrors: {}, values: null, conflict: null, attempt: 0 };

const BASE_FIELDS: Array<keyof PartyFormValues> = ["name", "shortLabel", "kind", "colour", "notes"];

const NEW_PARTY: PartyFormValues = { name: "", shortLabel: "", kind: "state", colour: "#4b5563", notes: "" };

/**
 * Adds a party, or edits one: then `party` is the party as shown on the page, sent back
 * as the base so a concurrent edit is caught instead of overwritten.
 */
export function PartyForm({ party }: { party?: PartyFormValues & { id: string } }) {
  const editing = party !== undefined;
  const [state, formAction, pending] = useActionState<PartyFormState, FormData>(editing ? updatePartyFromForm : createPartyFromForm, INITIAL);
  const base = state.conflict?.current ?? party ?? NEW_PARTY;
  const values = state.values ?? (editing ? base : NEW_PARTY);
  const errors = state.fieldErrors;
  const prefix = editing ? "edit-party" : "new-party";

  return (
    <div className={styles.formWrap}>
      <div
        role="status"
        aria-live="polite"
        className={state.conflict ? "visually-hidden" : state.status === "ok" ? forms.messageOk : state.message ? forms.messageError : undefined}
      >
        {state.message}
      </div>
      {state.conflict ? <PartyConflict current={state.conflict.current} /> : null}
      <form action={formAction} className={forms.form} key={state.attempt} noValidate>
        {editing ? (
          <>
            <input type="hidden" name="partyId" value={party.id} />
            {BASE_FIELDS.map((key) => (
              <input key={key} type="hidden" name={`base.${key}`} value={base[key]} />
            ))}
          </>
        ) : null}
        <fieldset className={forms.fieldset} disabled={pending}>
          <TextField id={`${prefix}-name`} name="name" label="Name" value={values.name} errors={errors.name} maxLength={200} hint="As the party is usually named, e.g. “Russian Federation”." />
          <TextField id={`${prefix}-shortLabel`} name="shortLabel" label="Short label" value={values.shortLabel} errors={errors.shortLabel} maxLength={8} hint="At most 8 characters, shown in tables, e.g. “RU”." />
          <div className={forms.field}>
            <label className={forms.label} htmlFor={`${prefix}-kind`}>
              Kind
            </label>
            <select
              id={`${prefix}-kind`}
              className={forms.select}
              name="kind"
              defaultValue={values.kind}
              aria-invalid={errors.kind ? true : undefined}
              aria-describedby={describedBy(errors.kind && `${prefix}-kind-error`)}
            >
              {partyKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </select>
            <FieldMessage id={`${prefix}-kind-error`} label="Kind" messages={errors.kind} />
          </div>
          <ColourField id={`${prefix}-colour`} value={values.colour} errors={errors.colour} name={values.name} shortLabel={values.shortLabel} />
          <div className={forms.field}>
            <label className={forms.label} htmlFor={`${prefix}-notes`}>
              Notes<span className={styles.optional}> (optional)</span>
            </label>
            <textarea
              id={`${prefix}-notes`}
              className={forms.input}
              name="notes"
              rows={3}
              defaultValue={values.notes}
              aria-invalid={errors.notes ? true : undefined}
              aria-describedby={describedBy(`${prefix}-notes-hint`, errors.notes && `${prefix}-notes-error`)}
            />
            <p id={`${prefix}-notes-hint`} className={forms.hint}>
              Who speaks for the party, its negotiators, what it is.
            </p>
            <FieldMessage id={`${prefix}-notes-error`} label="Notes" messages={errors.notes} />
          </div>
          <div className={forms.actions}>
            <button type="submit" className="button">
              {pending ? "Saving…" : editing ? "Save changes" : "Add party"}
            </button>
          </div>
        </fieldset>
      </form>
    </div>
  );
}

function TextField({
  id,
  name,
  label,
  value,
  errors,
  maxLength,
  hint,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  errors: string[] | undefined;
  maxLength: number;
  hint: string;
}) {
  return (
    <div className={forms.field}>
      <label className={forms.label} htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className={forms.input}
        name={name}
        type="text"
        required
        maxLength={maxLength}
        defaultValue={value}
        autoComplete="off"
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, errors && `${id}-error`)}
      />
      <p id={`${id}-hint`} className={forms.hint}>
        {hint}
      </p>
      <FieldMessage id={`${id}-error`} label={label} messages={errors} />
    </div>
  );
}

function ColourField({ id, value, errors, name, shortLabel }: { id: string; value: string; errors: string[] | undefined; name: string; shortLabel: string }) {
  const [colour, setColour] = useState(value);
  return (
    <div className={forms.field}>
      <label className={forms.label} htmlFor={id}>
        Display colour
      </label>
      <div className={styles.colourRow}>
        <input
          id={id}
          className={styles.colour}
          name="colour"
          type="color"
          defaultValue={value}
          onChange={(event) => setColour(event.target.value)}
          aria-invalid={errors ? true : undefined}
          aria-describedby={describedBy(`${id}-hint`, errors && `${id}-error`)}
        />
        <code className={styles.hex}>{colour}</code>
        <span className={styles.preview} aria-hidden="true">
          <PartyLabel party={{ name: name || "Party", shortLabel: shortLabel || "ABC", colour }} />
        </span>
      </div>
      <p id={`${id}-hint`} className={forms.hint}>
        Always shown beside the party’s label, never instead of it.
      </p>
      <FieldMessage id={`${id}-error`} label="Colour" messages={errors} />
    </div>
  );
}

function PartyConflict({ current }: { current: PartyFormValues }) {
  return (
    <section className={styles.conflict} aria-labelledby="party-conflict-heading">
      <h3 id="party-conflict-heading" className={styles.conflictHeading}>
        Someone else edited this party first
      </h3>
      <p>Its values now:</p>
      <dl className={styles.conflictValues}>
        <div>
          <dt>Name</dt>
          <dd>{current.name}</dd>
        </div>
        <div>
          <dt>Short label</dt>
          <dd>{current.shortLabel}</dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{KIND_LABELS[current.kind as keyof typeof KIND_LABELS] ?? current.kind}</dd>
        </div>
        <div>
          <dt>Colour</dt>
          <dd>
            <PartyLabel party={{ name: current.name, shortLabel: current.shortLabel, colour: current.colour }} /> <code>{current.colour}</code>
          </dd>
        </div>
        <div>
          <dt>Notes</dt>
          <dd>{current.notes || "—"}</dd>
        </div>
      </dl>
      <p>Your changes are kept in the form below; fields you had not changed now show these values. Save again to apply your changes.</p>
    </section>
  );
}
