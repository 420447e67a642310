import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { SignInForm } from "../_components/auth/sign-in-form";
import styles from "../_components/auth/forms.module.css";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next } = await searchParams;
  const destination = safeNextPath(typeof next === "string" ? next : undefined);
  if (await getCurrentActor()) redirect(destination);

  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>Sign in</h1>
        <p className="lead">Analysts and admins sign in to record statuses, stances and notes. Accounts are created by an admin.</p>
      </header>
      <section className={styles.panel} aria-label="Sign in">
        <SignInForm next={destination} />
      </section>
    </div>
  );
}
