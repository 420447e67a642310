"use client";

import { useActionState } from "react";
import { changeOwnPassword } from "@/app/account/actions";
import { IDLE, type FormState } from "@/app/_lib/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { FieldError, describedBy } from "./field-error";
import styles from "./forms.module.css";

export function ChangePasswordForm({ email }: { email: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(changeOwnPassword, IDLE);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} className={styles.form} key={state.status === "ok" ? state.message : "form"}>
      <div role="status" aria-live="polite" className={state.status === "ok" ? styles.messageOk : state.message ? styles.messageError : undefined}>
        {state.message}
      </div>
      <fieldset className={styles.fieldset} disabled={pending}>
        <input type="email" name="username" autoComplete="username" hidden readOnly value={email} />
        <div className={styles.field}>
          <label className={styles.label} htmlFor="current-password">
            Current password
          </label>
          <input
            id="current-password"
            className={styles.input}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={errors.currentPassword ? true : undefined}
            aria-describedby={describedBy(errors.currentPassword && "current-password-error")}
          />
          <FieldError id="current-password-error" messages={errors.currentPassword} />
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="new-password">
            New password
          </label>
          <input
            id="new-password"
            className={styles.input}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            aria-invalid={errors.newPassword ? true : undefined}
            aria-describedby={describedBy("new-password-hint", errors.newPassword && "new-password-error")}
          />
          <p id="new-password-hint" className={styles.hint}>
            At least {PASSWORD_MIN_LENGTH} characters. A few unrelated words make a good one.
          </p>
          <FieldError id="new-password-error" messages={errors.newPassword} />
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="confirm-password">
            New password, again
          </label>
          <input
            id="confirm-password"
            className={styles.input}
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={errors.confirmPassword ? true : undefined}
            aria-describedby={describedBy(errors.confirmPassword && "confirm-password-error")}
          />
          <FieldError id="confirm-password-error" messages={errors.confirmPassword} />
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button">
            {pending ? "Changing…" : "Change password"}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
