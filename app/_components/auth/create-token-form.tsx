"use client";

import { useActionState, useState } from "react";
import { createOwnToken, type CreateTokenState } from "@/app/account/actions";
import { IDLE } from "@/app/_lib/form-state";
import { FieldError, describedBy } from "./field-error";
import styles from "./forms.module.css";

const INITIAL: CreateTokenState = { ...IDLE, created: null };

export function CreateTokenForm() {
  const [state, formAction, pending] = useActionState<CreateTokenState, FormData>(createOwnToken, INITIAL);
  const errors = state.fieldErrors;
  return (
    <div className={styles.form}>
      {state.created ? <NewToken key={state.created.token} name={state.created.name} token={state.created.token} /> : null}
      <form action={formAction} className={styles.form}>
        <div role="status" aria-live="polite" className={state.status === "error" && state.message ? styles.messageError : undefined}>
          {state.status === "error" ? state.message : null}
        </div>
        <fieldset className={styles.fieldset} disabled={pending}>
          <div className={styles.field}>
            <label className={styles.label} htmlFor="token-name">
              Token name
            </label>
            <input
              id="token-name"
              className={styles.input}
              name="name"
              type="text"
              required
              maxLength={80}
              autoComplete="off"
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy("token-name-hint", errors.name && "token-name-error")}
            />
            <p id="token-name-hint" className={styles.hint}>
              What the token is for, e.g. “CI import”. Only you see it.
            </p>
            <FieldError id="token-name-error" messages={errors.name} />
          </div>
          <div className={styles.actions}>
            <button type="submit" className="button">
              {pending ? "Creating…" : "Create token"}
            </button>
          </div>
        </fieldset>
      </form>
    </div>
  );
}

function NewToken({ name, token }: { name: string; token: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <div className={styles.secret} role="status" aria-live="polite">
      <p>
        <strong>New token “{name}”.</strong> Copy it now: Draftwatch keeps only a hash and cannot show it again. Send it as{" "}
        <code>Authorization: Bearer …</code>.
      </p>
      <label className={styles.label} htmlFor="new-token-value">
        Your new token
      </label>
      <div className={styles.inputRow}>
        <input
          id="new-token-value"
          className={`${styles.input} ${styles.secretValue}`}
          type="text"
          readOnly
          value={token}
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className={styles.secondaryButton} onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p className={styles.hint} aria-live="polite">
        {copied === "yes" ? "Copied to the clipboard." : copied === "failed" ? "Could not copy; select the text and copy it yourself." : ""}
      </p>
    </div>
  );
}
