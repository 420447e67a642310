import type { Metadata } from "next";
import { requireSignedIn } from "@/lib/auth/current-actor";
import { ROLE_LABELS, roleAtLeast } from "@/lib/auth/roles";
import { listApiTokens } from "@/lib/data/tokens/list-api-tokens";
import { signOut } from "../sign-in/actions";
import { ChangePasswordForm } from "../_components/auth/change-password-form";
import { CreateTokenForm } from "../_components/auth/create-token-form";
import styles from "../_components/auth/forms.module.css";
import { MomentText } from "../_components/auth/moment-text";
import { RevokeTokenButton } from "../_components/auth/revoke-token-button";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const actor = await requireSignedIn("/account");
  const tokens = await listApiTokens(actor.userId);
  const canCreateTokens = roleAtLeast(actor.role, "analyst");

  return (
    <div className="page page--narrow">
      <header className="page-header">
        <p className="eyebrow">Your account</p>
        <h1>{actor.name}</h1>
        <dl className="meta-list">
          <div>
            <dt>Email</dt>
            <dd>{actor.email}</dd>
          </div>
          <div>
            <dt>Role</dt>
            <dd>{ROLE_LABELS[actor.role]}</dd>
          </div>
        </dl>
      </header>

      <section className={styles.panel} aria-labelledby="session-heading">
        <div className={styles.panelHeading}>
          <h2 id="session-heading">This browser</h2>
          <p className="section-intro">Sessions last seven days. Signing out ends this one now.</p>
        </div>
        <form action={signOut} className={styles.actions}>
          <button type="submit" className={styles.secondaryButton}>
            Sign out
          </button>
        </form>
      </section>

      <section className={styles.panel} aria-labelledby="password-heading">
        <div className={styles.panelHeading}>
          <h2 id="password-heading">Change your password</h2>
          <p className="section-intro">Changing it signs you out everywhere else.</p>
        </div>
        <ChangePasswordForm email={actor.email} />
      </section>

      <section className={styles.panel} aria-labelledby="tokens-heading">
        <div className={styles.panelHeading}>
          <h2 id="tokens-heading">API tokens</h2>
          <p className="section-intro">
            Personal tokens let scripts use the JSON API as you, with your role: send <code>Authorization: Bearer &lt;token&gt;</code>.
            Revoke a token as soon as you no longer need it.
          </p>
        </div>
        {canCreateTokens ? (
          <CreateTokenForm />
        ) : (
          <p className={styles.muted}>Creating tokens needs the analyst role. You can still revoke tokens you created before.</p>
        )}
        <TokenTable tokens={tokens} />
      </section>
    </div>
  );
}

function TokenTable({ tokens }: { tokens: Awaited<ReturnType<typeof listApiTokens>> }) {
  if (tokens.length === 0) return <p className="empty">You have no API tokens.</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>Your tokens</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Starts with</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">
              <span className="visually-hidden">State or action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <th scope="row">{token.name}</th>
              <td className={styles.mono}>{token.prefix}…</td>
              <td>
                <MomentText at={token.createdAt} />
              </td>
              <td>
                <MomentText at={token.lastUsedAt} />
              </td>
              <td>
                {token.revokedAt ? (
                  <span className={styles.tagInactive}>
                    Revoked <MomentText at={token.revokedAt} />
                  </span>
                ) : (
                  <RevokeTokenButton tokenId={token.id} name={token.name} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
