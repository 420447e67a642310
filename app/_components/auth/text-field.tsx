import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldError, describedBy } from "./field-error";
import styles from "./forms.module.css";

/** A labelled input with an optional hint and its field errors, linked for screen readers. */
export function TextField({
  id,
  label,
  hint,
  errors,
  ...input
}: { id: string; label: string; hint?: ReactNode; errors: string[] | undefined } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "className" | "aria-invalid" | "aria-describedby"
>) {
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className={styles.input}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, errors && `${id}-error`)}
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
