"use client";

import { useActionState } from "react";
import { revokeOwnToken } from "@/app/account/actions";
import { IDLE, type FormState } from "@/app/_lib/form-state";
import styles from "./forms.module.css";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(revokeOwnToken, IDLE);
  return (
    <form action={formAction} className={styles.inlineForm}>
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" className={styles.dangerButton} disabled={pending}>
        {pending ? "Revoking…" : "Revoke"}
        <span className="visually-hidden"> token {name}</span>
      </button>
      {state.message ? (
        <span role="alert" className={`${styles.rowMessage} ${styles.fieldError}`}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
