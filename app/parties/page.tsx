import type { Metadata } from "next";
import { connection } from "next/server";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { roleAtLeast } from "@/lib/auth/roles";
import { listParties } from "@/lib/data/parties/list-parties";
import { Breadcrumbs } from "../_components/layout/breadcrumbs";
import { PartyForm } from "../_components/parties/party-form";
import styles from "../_components/parties/parties.module.css";
import { PartyTable } from "../_components/parties/party-table";

export const metadata: Metadata = { title: "Parties" };

export default async function PartiesPage() {
  await connection();
  const [parties, actor] = await Promise.all([listParties(), getCurrentActor()]);
  const canEdit = actor !== null && roleAtLeast(actor.role, "analyst");

  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: "/", label: "Documents" }]} current="Parties" />
      <header className="page-header">
        <p className="eyebrow">Parties</p>
        <h1>Who negotiates</h1>
        <p className="section-intro">
          States, blocs and organisations whose positions Draftwatch follows. Open a party for every stance it has taken and
          what has moved since a date.
        </p>
      </header>
      <PartyTable parties={parties} />
      {canEdit ? (
        <section className={styles.panel} aria-labelledby="new-party-heading">
          <div className={styles.panelHeading}>
            <h2 id="new-party-heading">Add a party</h2>
            <p className="section-intro">Its page address is made from the name and does not change when the party is edited.</p>
          </div>
          <PartyForm />
        </section>
      ) : null}
    </div>
  );
}
