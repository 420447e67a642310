"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicMutation } from "@/lib/auth/current-actor";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { signInWithPassword, signOutSession } from "@/lib/auth/sign-in";
import { field } from "../_lib/form-state";

export interface SignInState {
  message: string | null;
  email: string;
}

const GENERIC_FAILURE = "The email address or password is incorrect.";

export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  publicMutation("Anyone may try to sign in; failures are throttled per account and per address.");
  const email = field(formData, "email").trim().slice(0, 254);
  const password = field(formData, "password").slice(0, 1024);
  const next = safeNextPath(field(formData, "next"));
  if (!email || !password) return { message: "Enter your email address and your password.", email };

  const result = await signInWithPassword({ email, password, headers: await headers() });
  if (!result.ok) {
    const message =
      result.reason === "throttled"
        ? `Too many failed sign-in attempts. Try again in ${result.retryAfterMinutes} minute${result.retryAfterMinutes === 1 ? "" : "s"}.`
        : GENERIC_FAILURE;
    return { message, email };
  }
  redirect(next);
}

export async function signOut(): Promise<void> {
  publicMutation("Ending one's own session needs no role; without a session it changes nothing.");
  await signOutSession(await headers());
  redirect("/");
}
