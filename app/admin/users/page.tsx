import type { Metadata } from "next";
import Link from "next/link";
import { requireSignedIn } from "@/lib/auth/current-actor";
import { ROLE_LABELS, roleAtLeast } from "@/lib/auth/roles";
import { listUsers } from "@/lib/data/users/list-users";
import { CreateUserForm } from "../../_components/auth/create-user-form";
import styles from "../../_components/auth/forms.module.css";
import { MomentText } from "../../_components/auth/moment-text";
import { UserActiveForm, UserRoleForm } from "../../_components/auth/user-row-controls";

export const metadata: Metadata = { title: "Users", robots: { index: false } };

export default async function UsersPage() {
  const actor = await requireSignedIn("/admin/users");
  if (!roleAtLeast(actor.role, "admin")) {
    return (
      <div className="page page--narrow status-page">
        <div className="status-page__message">
          <h1>Only admins manage users</h1>
          <p className="lead">Your account has the {ROLE_LABELS[actor.role].toLowerCase()} role. Ask an admin if you need another role.</p>
        </div>
        <div className="status-page__actions">
          <Link href="/">Back to all documents</Link>
        </div>
      </div>
    );
  }
  const users = await listUsers();

  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Administration</p>
        <h1>Users</h1>
        <p className="lead">Who can sign in, and with which role. Deactivated users keep their history but can no longer sign in.</p>
      </header>

      <section aria-labelledby="users-heading" className={styles.panel}>
        <h2 id="users-heading">All users</h2>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Created</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => {
                const isSelf = user.id === actor.userId;
                const active = user.deactivatedAt === null;
                return (
                  <tr key={user.id}>
                    <th scope="row">
                      {user.name}
                      {isSelf ? <span className={styles.muted}> (you)</span> : null}
                    </th>
                    <td>{user.email}</td>
                    <td>
                      <UserRoleForm userId={user.id} name={user.name} role={user.role} />
                    </td>
                    <td>
                      <MomentText at={user.createdAt} />
                    </td>
                    <td>
                      {active ? (
                        <span className={styles.tag}>Active</span>
                      ) : (
                        <span className={styles.tagInactive}>
                          Deactivated <MomentText at={user.deactivatedAt} />
                        </span>
                      )}
                      {isSelf ? null : <UserActiveForm userId={user.id} name={user.name} active={active} />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="new-user-heading" className={styles.panel}>
        <div className={styles.panelHeading}>
          <h2 id="new-user-heading">Add a user</h2>
          <p className="section-intro">There is no self-service sign-up: every account starts here or with <code>npm run user:create</code>.</p>
        </div>
        <CreateUserForm />
      </section>
    </div>
  );
}
