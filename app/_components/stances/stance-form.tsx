"use client";

import { useActionState, useState } from "react";
import { recordStanceFromForm, type StanceFormState, type StanceFormValues } from "@/app/documents/[slug]/versions/[label]/stances/actions";
import type { SourceSummary } from "@/lib/data/sources/source-summary";
import type { CurrentStance } from "@/lib/data/stances/record-stance";
import { MAX_QUOTE_LENGTH, sourceReliabilities } from "@/lib/stances/stance-input";
import { POSITION_ORDER } from "@/lib/stances/positions";
import { describedBy } from "../auth/field-error";
import forms from "../auth/forms.module.css";
import { formatDay } from "../date-text";
import { FieldMessage } from "./field-message";
import { SourcePicker } from "./source-picker";
import { POSITION_LABELS, POSITION_MEANINGS, StanceBadge, StanceIcon, positionClass } from "./stance-position";
import styles from "./stance-form.module.css";

const INITIAL: StanceFormState = { status: "idle", message: null, fieldErrors: {}, values: null, conflict: null, baseStanceId: null, attempt: 0 };

const EMPTY: StanceFormValues = {
  position: "",
  summary: "",
  quote: "",
  statedOn: "",
  note: "",
  sourceIds: [],
  newSource: { outlet: "", title: "", url: "", publishedOn: "", reliability: "reputable_report" },
};

const RELIABILITY_LABELS: Record<(typeof sourceReliabilities)[number], string> = {
  primary: "Primary — an official text or statement",
  reputable_report: "Reputable report — an established outlet",
  leak: "Leak — a reproduction of a closed text",
  commentary: "Commentary — analysis, aggregator or blog",
};

export interface StanceFormProps {
  versionId: string;
  pointId: string | null;
  partyId: string;
  partyName: string;
  /** The stance the cell shows now (null if empty): the form names it as the value it replaces. */
  baseStanceId: string | null;
  cited: SourceSummary[];
  others: SourceSummary[];
  /** Today, YYYY-MM-DD: the latest date a stance can have been stated. */
  today: string;
}

/** Records a new stance for one cell; the old ones stay as its history. */
export function StanceForm(props: StanceFormProps) {
  const [state, formAction, pending] = useActionState<StanceFormState, FormData>(recordStanceFromForm, INITIAL);
  const values = state.values ?? EMPTY;
  const errors = state.fieldErrors;
  const base = state.conflict ? state.baseStanceId : props.baseStanceId;
  const evidenceError = errors.sourceIds ?? errors.newSource;

  return (
    <div className={styles.wrap}>
      <div
        role="status"
        aria-live="polite"
        className={state.conflict ? "visually-hidden" : state.status === "ok" ? forms.messageOk : state.message ? forms.messageError : undefined}
      >
        {state.message}
      </div>
      {state.conflict ? <ConflictNotice current={state.conflict.current} partyName={props.partyName} /> : null}
      <form action={formAction} className={styles.form} key={state.attempt} noValidate>
        <input type="hidden" name="versionId" value={props.versionId} />
        <input type="hidden" name="pointId" value={props.pointId ?? ""} />
        <input type="hidden" name="partyId" value={props.partyId} />
        <input type="hidden" name="baseStanceId" value={base ?? ""} />
        <fieldset className={forms.fieldset} disabled={pending}>
          <fieldset
            className={styles.group}
            aria-describedby={describedBy(errors.position && "stance-position-error")}
          >
            <legend className={forms.label}>Position</legend>
            <div className={styles.positions}>
              {POSITION_ORDER.map((position) => (
                <label key={position} className={`${styles.positionOption} ${positionClass(position)}`}>
                  <input type="radio" name="position" value={position} defaultChecked={values.position === position} required />
                  <span className={styles.positionName}>
                    <StanceIcon position={position} />
                    {POSITION_LABELS[position]}
                  </span>
                  <span className={styles.positionMeaning}>{POSITION_MEANINGS[position]}</span>
                </label>
              ))}
            </div>
            <FieldMessage id="stance-position-error" label="Position" messages={errors.position} />
          </fieldset>

          <TextArea name="summary" label="Summary" rows={3} required value={values.summary} errors={errors.summary} hint="What the party said or did, in a sentence or two." />
          <QuoteField value={values.quote} errors={errors.quote} />

          <div className={forms.field}>
            <label className={forms.label} htmlFor="stance-statedOn">
              Date stated
            </label>
            <input
              id="stance-statedOn"
              className={`${forms.input} ${styles.date}`}
              type="date"
              name="statedOn"
              required
              max={props.today}
              defaultValue={values.statedOn}
              aria-invalid={errors.statedOn ? true : undefined}
              aria-describedby={describedBy("stance-statedOn-hint", errors.statedOn && "stance-statedOn-error")}
            />
            <p id="stance-statedOn-hint" className={forms.hint}>
              When the party took this position — not today’s date unless it spoke today. Not in the future.
            </p>
            <FieldMessage id="stance-statedOn-error" label="Date stated" messages={errors.statedOn} />
          </div>

          <fieldset
            className={styles.evidence}
            aria-describedby={describedBy("stance-evidence-hint", evidenceError && "stance-evidence-error")}
          >
            <legend className={styles.evidenceLegend}>Evidence</legend>
            <p id="stance-evidence-hint" className={forms.hint}>
              Every stance needs a source or a note: choose sources already recorded, add a new one, or explain in the note.
            </p>
            <FieldMessage id="stance-evidence-error" label="Sources" messages={evidenceError} />
            <SourcePicker cited={props.cited} others={props.others} selected={values.sourceIds} />
            <NewSourceFields values={values.newSource} errors={errors} />
          </fieldset>

          <TextArea name="note" label="Note" rows={3} value={values.note} errors={errors.note} hint="Optional context; required when no source is given." />

          <div className={forms.actions}>
            <button type="submit" className="button">
              {pending ? "Recording…" : "Record stance"}
            </button>
            <span className={forms.hint}>Earlier stances are kept as the cell’s history.</span>
          </div>
        </fieldset>
      </form>
    </div>
  );
}

function ConflictNotice({ current, partyName }: { current: CurrentStance | null; partyName: string }) {
  return (
    <section className={styles.conflict} aria-labelledby="stance-conflict-heading">
      <h3 id="stance-conflict-heading" className={styles.conflictHeading}>
        Someone else recorded a stance first
      </h3>
      {current ? (
        <>
          <p>
            {partyName}’s position here is now <StanceBadge position={current.position} />, stated {formatDay(current.statedOn)} on {current.versionLabel}
            {current.recordedBy ? `, recorded by ${current.recordedBy}` : ""}:
          </p>
          <blockquote className={styles.conflictSummary}>{current.summary}</blockquote>
        </>
      ) : (
        <p>The cell no longer shows the stance you started from, and is now empty.</p>
      )}
      <p>Your input is kept below. Save again if your stance still stands; it will be recorded after this one.</p>
    </section>
  );
}

function TextArea({
  name,
  label,
  rows,
  value,
  errors,
  hint,
  required = false,
}: {
  name: string;
  label: string;
  rows: number;
  value: string;
  errors: string[] | undefined;
  hint?: string;
  required?: boolean;
}) {
  const id = `stance-${name}`;
  return (
    <div className={forms.field}>
      <label className={forms.label} htmlFor={id}>
        {label}
        {required ? null : <span className={styles.optional}> (optional)</span>}
      </label>
      <textarea
        id={id}
        className={forms.input}
        name={name}
        rows={rows}
        required={required}
        defaultValue={value}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, errors && `${id}-error`)}
      />
      {hint ? (
        <p id={`${id}-hint`} className={forms.hint}>
          {hint}
        </p>
      ) : null}
      <FieldMessage id={`${id}-error`} label={label} messages={errors} />
    </div>
  );
}

function QuoteField({ value, errors }: { value: string; errors: string[] | undefined }) {
  const [length, setLength] = useState(value.length);
  const over = length > MAX_QUOTE_LENGTH;
  return (
    <div className={forms.field}>
      <label className={forms.label} htmlFor="stance-quote">
        Short quote<span className={styles.optional}> (optional)</span>
      </label>
      <textarea
        id="stance-quote"
        className={forms.input}
        name="quote"
        rows={2}
        defaultValue={value}
        onChange={(event) => setLength(event.target.value.length)}
        aria-invalid={errors || over ? true : undefined}
        aria-describedby={describedBy("stance-quote-hint", errors && "stance-quote-error")}
      />
      <p id="stance-quote-hint" className={forms.hint}>
        The party’s own words, at most {MAX_QUOTE_LENGTH} characters.{" "}
        <span className={over ? styles.over : undefined}>
          {length} / {MAX_QUOTE_LENGTH}
        </span>
      </p>
      <FieldMessage id="stance-quote-error" label="Quote" messages={errors} />
    </div>
  );
}

function NewSourceFields({ values, errors }: { values: StanceFormValues["newSource"]; errors: Record<string, string[]> }) {
  const hasInput = [values.outlet, values.title, values.url, values.publishedOn].some((value) => value !== "");
  const hasErrors = Object.keys(errors).some((key) => key.startsWith("newSource"));
  const input = (name: keyof StanceFormValues["newSource"], label: string, type: string, hint?: string) => {
    const id = `stance-newSource-${name}`;
    const fieldErrors = errors[`newSource.${name}`];
    return (
      <div className={forms.field}>
        <label className={forms.label} htmlFor={id}>
          {label}
        </label>
        <input
          id={id}
          className={forms.input}
          type={type}
          name={`newSource.${name}`}
          defaultValue={values[name]}
          aria-invalid={fieldErrors ? true : undefined}
          aria-describedby={describedBy(hint && `${id}-hint`, fieldErrors && `${id}-error`)}
        />
        {hint ? (
          <p id={`${id}-hint`} className={forms.hint}>
            {hint}
          </p>
        ) : null}
        <FieldMessage id={`${id}-error`} label={label} messages={fieldErrors} />
      </div>
    );
  };
  return (
    <details className={styles.newSource} open={hasInput || hasErrors}>
      <summary>Add a new source</summary>
      <div className={styles.newSourceFields}>
        {input("outlet", "Outlet", "text", "e.g. Reuters, Kremlin.ru, Office of the President")}
        {input("title", "Title", "text")}
        {input("url", "Address (URL)", "url", "Starting with https:// or http://")}
        {input("publishedOn", "Date published", "date", "Optional.")}
        <div className={forms.field}>
          <label className={forms.label} htmlFor="stance-newSource-reliability">
            Reliability
          </label>
          <select
            id="stance-newSource-reliability"
            className={forms.select}
            name="newSource.reliability"
            defaultValue={values.reliability || "reputable_report"}
            aria-invalid={errors["newSource.reliability"] ? true : undefined}
            aria-describedby={describedBy(errors["newSource.reliability"] && "stance-newSource-reliability-error")}
          >
            {sourceReliabilities.map((reliability) => (
              <option key={reliability} value={reliability}>
                {RELIABILITY_LABELS[reliability]}
              </option>
            ))}
          </select>
          <FieldMessage id="stance-newSource-reliability-error" label="Reliability" messages={errors["newSource.reliability"]} />
        </div>
      </div>
    </details>
  );
}
