"use client";

import { useActionState } from "react";
import { createUserAccount } from "@/app/admin/users/actions";
import { IDLE, type FormState } from "@/app/_lib/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { FieldError, describedBy } from "./field-error";
import styles from "./forms.module.css";
import { TextField } from "./text-field";

export function CreateUserForm() {
  const [state, formAction, pending] = useActionState<FormState, FormData>(createUserAccount, IDLE);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} className={styles.form} key={state.status === "ok" ? state.message : "form"}>
      <div role="status" aria-live="polite" className={state.status === "ok" ? styles.messageOk : state.message ? styles.messageError : undefined}>
        {state.message}
      </div>
      <fieldset className={styles.fieldset} disabled={pending}>
        <TextField id="new-user-name" label="Name" name="name" type="text" required maxLength={120} autoComplete="off" errors={errors.name} />
        <TextField
          id="new-user-email"
          label="Email address"
          name="email"
          type="email"
          required
          maxLength={254}
          autoComplete="off"
          errors={errors.email}
        />
        <div className={styles.field}>
          <label className={styles.label} htmlFor="new-user-role">
            Role
          </label>
          <select
            id="new-user-role"
            className={styles.select}
            name="role"
            defaultValue="reader"
            aria-invalid={errors.role ? true : undefined}
            aria-describedby={describedBy("new-user-role-hint", errors.role && "new-user-role-error")}
          >
            <option value="reader">Reader</option>
            <option value="analyst">Analyst</option>
            <option value="admin">Admin</option>
          </select>
          <p id="new-user-role-hint" className={styles.hint}>
            Readers browse. Analysts also import drafts and record statuses, stances and notes. Admins also manage users and parties.
          </p>
          <FieldError id="new-user-role-error" messages={errors.role} />
        </div>
        <TextField
          id="new-user-password"
          label="First password"
          name="password"
          type="password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          autoComplete="new-password"
          hint={<>At least {PASSWORD_MIN_LENGTH} characters. Ask them to change it under Account.</>}
          errors={errors.password}
        />
        <div className={styles.actions}>
          <button type="submit" className="button">
            {pending ? "Creating…" : "Create user"}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
