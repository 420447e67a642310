import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { z } from "zod";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { roleAtLeast } from "@/lib/auth/roles";
import { getParty } from "@/lib/data/parties/get-party";
import { listPartyMoves } from "@/lib/data/parties/list-party-moves";
import { NotFoundError } from "@/lib/errors";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { PartyLabel } from "@/app/_components/party-label";
import { DeletePartyButton } from "@/app/_components/parties/delete-party-button";
import { PartyForm } from "@/app/_components/parties/party-form";
import { KIND_LABELS } from "@/app/_components/parties/party-kind";
import { PartyMoves, SinceForm } from "@/app/_components/parties/party-moves";
import styles from "@/app/_components/parties/parties.module.css";
import { PartyStances } from "@/app/_components/parties/party-stances";
import { partyPath } from "@/app/_lib/paths";
import { decodeMetadataSegment, decodeSegment, orNotFound } from "@/app/_lib/route-params";

interface PartyPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const loadParty = cache((slug: string) => getParty({ slug }));
const sinceSchema = z.iso.date({ error: "Enter the date as YYYY-MM-DD, e.g. 2025-11-20." });

export async function generateMetadata({ params }: PartyPageProps): Promise<Metadata> {
  await connection();
  try {
    const { party } = await loadParty(decodeMetadataSegment((await params).slug));
    return { title: party.name };
  } catch (error) {
    if (error instanceof NotFoundError) return { title: "Party not found" };
    throw error;
  }
}

export default async function PartyPage({ params, searchParams }: PartyPageProps) {
  await connection();
  const [{ slug: rawSlug }, query] = await Promise.all([params, searchParams]);
  const slug = decodeSegment(rawSlug);
  const sinceRaw = typeof query.since === "string" ? query.since.trim() : "";
  const since = sinceRaw === "" ? null : sinceSchema.safeParse(sinceRaw);
  const [{ party, groups }, actor, moves] = await Promise.all([
    orNotFound(loadParty(slug)),
    getCurrentActor(),
    since?.success ? orNotFound(listPartyMoves({ partySlug: slug, since: since.data })) : Promise.resolve(null),
  ]);
  const canEdit = actor !== null && roleAtLeast(actor.role, "analyst");
  const canDelete = actor !== null && roleAtLeast(actor.role, "admin");
  const used = party.uses.stances + party.uses.alternatives + party.uses.events;
  const stanceCount = groups.reduce((n, group) => n + group.versions.reduce((m, version) => m + version.subjects.reduce((k, subject) => k + subject.stances.length, 0), 0), 0);

  return (
    <div className="page">
      <Breadcrumbs
        trail={[
          { href: "/", label: "Documents" },
          { href: "/parties", label: "Parties" },
        ]}
        current={party.name}
      />
      <header className="page-header">
        <p className="eyebrow">Party · {KIND_LABELS[party.kind]}</p>
        <h1 className={styles.title}>
          <PartyLabel party={party} />
          <span>{party.name}</span>
        </h1>
        {party.notes ? <p className={styles.notes}>{party.notes}</p> : null}
        <dl className="meta-list">
          <div>
            <dt>Stances</dt>
            <dd>{party.uses.stances}</dd>
          </div>
          <div>
            <dt>Alternative wordings</dt>
            <dd>{party.uses.alternatives}</dd>
          </div>
          <div>
            <dt>Events</dt>
            <dd>{party.uses.events}</dd>
          </div>
        </dl>
      </header>

      {canEdit ? (
        <details className={styles.disclosure}>
          <summary>Edit this party</summary>
          <div className={styles.manage}>
            <PartyForm
              party={{ id: party.id, name: party.name, shortLabel: party.shortLabel, kind: party.kind, colour: party.colour, notes: party.notes ?? "" }}
            />
            {canDelete ? (
              used === 0 ? (
                <DeletePartyButton partyId={party.id} name={party.name} />
              ) : (
                <p className={styles.muted}>
                  {party.name} cannot be deleted: stances, alternative wordings or events refer to it.
                </p>
              )
            ) : null}
          </div>
        </details>
      ) : null}

      <section aria-labelledby="moves-heading" className={styles.documentGroup}>
        <div>
          <h2 id="moves-heading">What moved</h2>
          <p className="section-intro">Where {party.name}’s position changed after a date, old position → new position.</p>
        </div>
        <SinceForm action={partyPath(party.slug)} value={sinceRaw} errors={since && !since.success ? since.error.issues.map((issue) => issue.message) : undefined} />
        {moves && since?.success ? <PartyMoves moves={moves} since={since.data} partySlug={party.slug} partyName={party.name} /> : null}
      </section>

      <section aria-labelledby="stances-heading" className={styles.documentGroup}>
        <div>
          <h2 id="stances-heading">Every stance ({stanceCount})</h2>
          <p className="section-intro">By document, version and point; the newest first within each point.</p>
        </div>
        <PartyStances groups={groups} partySlug={party.slug} />
      </section>
    </div>
  );
}
