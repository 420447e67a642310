"use client";

import { useActionState } from "react";
import { deletePartyFromForm } from "@/app/parties/actions";
import { IDLE, type FormState } from "@/app/_lib/form-state";
import forms from "../auth/forms.module.css";

export function DeletePartyButton({ partyId, name }: { partyId: string; name: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(deletePartyFromForm, IDLE);
  return (
    <form action={formAction} className={forms.inlineForm}>
      <input type="hidden" name="partyId" value={partyId} />
      <button type="submit" className={forms.dangerButton} disabled={pending}>
        {pending ? "Deleting…" : `Delete ${name}`}
      </button>
      {state.message ? (
        <span role="alert" className={`${forms.rowMessage} ${forms.fieldError}`}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
