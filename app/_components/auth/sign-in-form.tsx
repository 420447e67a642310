"use client";

import { useActionState, useState } from "react";
import { signIn, type SignInState } from "@/app/sign-in/actions";
import styles from "./forms.module.css";

export function SignInForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signIn, { message: null, email: "" });
  const [showPassword, setShowPassword] = useState(false);

  return (
    <form action={formAction} className={styles.form} aria-describedby="sign-in-message">
      <input type="hidden" name="next" value={next} />
      <div id="sign-in-message" role="alert" aria-live="assertive" className={state.message ? styles.messageError : undefined}>
        {state.message}
      </div>
      <fieldset className={styles.fieldset} disabled={pending}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="sign-in-email">
            Email address
          </label>
          <input
            id="sign-in-email"
            className={styles.input}
            name="email"
            type="email"
            autoComplete="username"
            required
            maxLength={254}
            defaultValue={state.email}
            key={state.email}
          />
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="sign-in-password">
            Password
          </label>
          <div className={styles.inputRow}>
            <input
              id="sign-in-password"
              className={styles.input}
              name="password"
              type={showPassword ? "text" : "password"}
              autoComplete="current-password"
              required
              maxLength={1024}
            />
            <button
              type="button"
              className={styles.secondaryButton}
              aria-pressed={showPassword}
              aria-controls="sign-in-password"
              onClick={() => setShowPassword((shown) => !shown)}
            >
              {showPassword ? "Hide" : "Show"}
              <span className="visually-hidden"> password</span>
            </button>
          </div>
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button">
            {pending ? "Signing in…" : "Sign in"}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
