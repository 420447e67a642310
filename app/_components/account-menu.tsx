import Link from "next/link";
import { signOut } from "@/app/sign-in/actions";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { ROLE_LABELS } from "@/lib/auth/roles";
import styles from "./auth/account-menu.module.css";
import { SignInLink } from "./auth/sign-in-link";

/**
 * The header's account area: a "Sign in" link, or the signed-in user's name and
 * role with links to their account (and, for admins, the user list) and a sign-out
 * button. Reads the session cookie, so every page that shows it renders per request
 * (which the nonce-based Content-Security-Policy needs anyway).
 */
export async function AccountMenu() {
  const actor = await getCurrentActor();
  if (!actor) {
    return (
      <div className={styles.menu}>
        <SignInLink className={styles.link} />
      </div>
    );
  }
  return (
    <div className={styles.menu}>
      <span className={styles.who}>
        <span className={styles.name}>{actor.name}</span>
        <span className={styles.role}>{ROLE_LABELS[actor.role]}</span>
      </span>
      <Link href="/account" className={styles.link}>
        Account
      </Link>
      {actor.role === "admin" ? (
        <Link href="/admin/users" className={styles.link}>
          Users
        </Link>
      ) : null}
      <form action={signOut} className={styles.signOut}>
        <button type="submit" className={styles.button}>
          Sign out
        </button>
      </form>
    </div>
  );
}
