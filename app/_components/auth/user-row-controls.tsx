"use client";

import { useActionState } from "react";
import { changeUserRole, deactivateUserAccount, reactivateUserAccount } from "@/app/admin/users/actions";
import { IDLE, type FormState } from "@/app/_lib/form-state";
import type { Role } from "@/lib/auth/roles";
import styles from "./forms.module.css";

export function UserRoleForm({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(changeUserRole, IDLE);
  const selectId = `role-${userId}`;
  return (
    <form action={formAction} className={styles.inlineForm}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="expectedRole" value={role} />
      <label className="visually-hidden" htmlFor={selectId}>
        Role of {name}
      </label>
      <select id={selectId} name="role" className={styles.select} defaultValue={role} key={role} disabled={pending}>
        <option value="reader">Reader</option>
        <option value="analyst">Analyst</option>
        <option value="admin">Admin</option>
      </select>
      <button type="submit" className={styles.secondaryButton} disabled={pending}>
        Change role<span className="visually-hidden"> of {name}</span>
      </button>
      <RowMessage state={state} />
    </form>
  );
}

export function UserActiveForm({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(active ? deactivateUserAccount : reactivateUserAccount, IDLE);
  return (
    <form action={formAction} className={styles.inlineForm}>
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className={active ? styles.dangerButton : styles.secondaryButton} disabled={pending}>
        {active ? "Deactivate" : "Reactivate"}
        <span className="visually-hidden"> {name}</span>
      </button>
      <RowMessage state={state} />
    </form>
  );
}

function RowMessage({ state }: { state: FormState }) {
  if (!state.message || state.status !== "error") return null;
  return (
    <span role="alert" className={`${styles.rowMessage} ${styles.fieldError}`}>
      {state.message}
    </span>
  );
}
