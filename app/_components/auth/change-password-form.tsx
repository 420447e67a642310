"use client";

import { useActionState } from "react";
import { changeOwnPassword } from "@/app/account/actions";
import { IDLE, type FormState } from "@/app/_lib/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import styles from "./forms.module.css";
import { TextField } from "./text-field";

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
        <TextField
          id="current-password"
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          errors={errors.currentPassword}
        />
        <TextField
          id="new-password"
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          hint={<>At least {PASSWORD_MIN_LENGTH} characters. A few unrelated words make a good one.</>}
          errors={errors.newPassword}
        />
        <TextField
          id="confirm-password"
          label="New password, again"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          errors={errors.confirmPassword}
        />
        <div className={styles.actions}>
          <button type="submit" className="button">
            {pending ? "Changing…" : "Change password"}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
