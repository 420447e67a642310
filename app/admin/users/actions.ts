"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current-actor";
import { createUser } from "@/lib/data/users/create-user";
import { deactivateUser, reactivateUser } from "@/lib/data/users/set-user-active";
import { setUserRole } from "@/lib/data/users/set-user-role";
import { field, formError, ok, type FormState } from "../../_lib/form-state";

const USERS_PATH = "/admin/users";

export async function createUserAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  try {
    const user = await createUser(
      { name: field(formData, "name"), email: field(formData, "email"), role: field(formData, "role"), password: field(formData, "password") },
      { actorId: actor.userId },
    );
    revalidatePath(USERS_PATH);
    return ok(`Created ${user.name} (${user.email}) as ${user.role}. Give them the password through a safe channel; they can change it under Account.`);
  } catch (error) {
    return formError(error);
  }
}

export async function changeUserRole(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  try {
    const { role } = await setUserRole(actor, {
      userId: field(formData, "userId"),
      role: field(formData, "role"),
      expectedRole: field(formData, "expectedRole"),
    });
    revalidatePath(USERS_PATH);
    return ok(`Role set to ${role}.`);
  } catch (error) {
    return formError(error);
  }
}

export async function deactivateUserAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  try {
    await deactivateUser(actor, field(formData, "userId"));
    revalidatePath(USERS_PATH);
    return ok("Deactivated.");
  } catch (error) {
    return formError(error);
  }
}

export async function reactivateUserAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  try {
    await reactivateUser(actor, field(formData, "userId"));
    revalidatePath(USERS_PATH);
    return ok("Reactivated.");
  } catch (error) {
    return formError(error);
  }
}
