"use server";

import { revalidatePath } from "next/cache";
import { getCurrentSessionId, requireActor } from "@/lib/auth/current-actor";
import { createOwnApiToken } from "@/lib/data/tokens/create-api-token";
import { revokeApiToken } from "@/lib/data/tokens/revoke-api-token";
import { changePassword } from "@/lib/data/users/change-password";
import { IDLE, field, formError, ok, type FormState } from "../_lib/form-state";

export async function changeOwnPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("reader");
  try {
    const { sessionsEnded } = await changePassword(
      actor,
      { currentPassword: field(formData, "currentPassword"), newPassword: field(formData, "newPassword"), confirmPassword: field(formData, "confirmPassword") },
      { keepSessionId: await getCurrentSessionId() },
    );
    return ok(
      sessionsEnded > 0
        ? `Your password has been changed, and ${sessionsEnded} other session${sessionsEnded === 1 ? " was" : "s were"} signed out.`
        : "Your password has been changed.",
    );
  } catch (error) {
    return formError(error);
  }
}

export interface CreateTokenState extends FormState {
  created: { name: string; token: string } | null;
}

export async function createOwnToken(_previous: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  const actor = await requireActor("analyst");
  try {
    const created = await createOwnApiToken(actor, { name: field(formData, "name") });
    revalidatePath("/account");
    return { ...ok(`Token “${created.name}” created. Copy it now: it will not be shown again.`), created: { name: created.name, token: created.token } };
  } catch (error) {
    return { ...formError(error), created: null };
  }
}

export async function revokeOwnToken(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("reader");
  try {
    await revokeApiToken(actor, field(formData, "tokenId"));
    revalidatePath("/account");
    return IDLE;
  } catch (error) {
    return formError(error);
  }
}
