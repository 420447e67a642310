import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { listDocuments } from "@/lib/data/documents/list-documents";
import { listChanges, type ChangePage } from "@/lib/data/changes/list-changes";
import { listPartyOptions } from "@/lib/data/parties/list-party-options";
import { NotFoundError } from "@/lib/errors";
import { describedBy } from "../_components/auth/field-error";
import forms from "../_components/auth/forms.module.css";
import { changesQuery } from "../_components/changes/change-href";
import { ChangeList } from "../_components/changes/change-list";
import styles from "../_components/changes/changes.module.css";
import { Breadcrumbs } from "../_components/layout/breadcrumbs";

type Query = Record<string, string | string[] | undefined>;

interface ChangesPageProps {
  searchParams: Promise<Query>;
}

function text(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || null;
}

export async function generateMetadata({ searchParams }: ChangesPageProps): Promise<Metadata> {
  const query = await searchParams;
  return {
    title: "Changes",
    alternates: {
      types: { "application/atom+xml": [{ url: `/changes.xml${changesQuery({ document: text(query.document), party: text(query.party) })}`, title: "Draftwatch changes (Atom)" }] },
    },
  };
}

export default async function ChangesPage({ searchParams }: ChangesPageProps) {
  await connection();
  const query = await searchParams;
  const filters = { document: text(query.document), party: text(query.party) };
  const beforeText = text(query.before);
  const before = beforeText ? new Date(beforeText) : null;
  const beforeValid = before === null || !Number.isNaN(before.getTime());

  const [documents, parties] = await Promise.all([listDocuments(), listPartyOptions()]);
  const errors: Record<string, string> = {};
  if (filters.document && !documents.some((document) => document.slug === filters.document)) errors.document = "No document has this address.";
  if (filters.party && !parties.some((party) => party.slug === filters.party)) errors.party = "No party has this address.";
  if (!beforeValid) errors.before = "The page address is not a valid moment; showing the newest changes.";

  let page: ChangePage | null = null;
  if (!errors.document && !errors.party) {
    try {
      page = await listChanges({ documentSlug: filters.document, partySlug: filters.party, before: beforeValid ? before : null });
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  const feedHref = `/changes.xml${changesQuery(filters)}`;

  return (
    <div className="page page--narrow">
      <Breadcrumbs trail={[{ href: "/", label: "Documents" }]} current="Changes" />
      <header className="page-header">
        <p className="eyebrow">Change feed</p>
        <h1>What changed</h1>
        <p className="section-intro">
          Every recorded stance, status, note, alternative wording and party edit, with who made it and what it replaced — and
          every new version. Newest first.
        </p>
        <a className={styles.feedLink} href={feedHref}>
          <svg className={styles.feedIcon} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M3 3a10 10 0 0 1 10 10M3 7.5A5.5 5.5 0 0 1 8.5 13" />
            <circle cx="3.5" cy="12.5" r="1" />
          </svg>
          Atom feed of these changes
        </a>
      </header>

      <form method="get" action="/changes" className={styles.filters} aria-label="Filter the changes">
        <div className={styles.filterField}>
          <label className={forms.label} htmlFor="changes-document">
            Document
          </label>
          <select
            id="changes-document"
            name="document"
            className={forms.select}
            defaultValue={filters.document ?? ""}
            aria-invalid={errors.document ? true : undefined}
            aria-describedby={describedBy(errors.document && "changes-document-error")}
          >
            <option value="">All documents</option>
            {documents.map((document) => (
              <option key={document.slug} value={document.slug}>
                {document.title}
              </option>
            ))}
          </select>
          {errors.document ? (
            <p id="changes-document-error" className={styles.error}>
              {errors.document}
            </p>
          ) : null}
        </div>
        <div className={styles.filterField}>
          <label className={forms.label} htmlFor="changes-party">
            Party
          </label>
          <select
            id="changes-party"
            name="party"
            className={forms.select}
            defaultValue={filters.party ?? ""}
            aria-invalid={errors.party ? true : undefined}
            aria-describedby={describedBy("changes-party-hint", errors.party && "changes-party-error")}
          >
            <option value="">All parties</option>
            {parties.map((party) => (
              <option key={party.slug} value={party.slug}>
                {party.name}
              </option>
            ))}
          </select>
          <p id="changes-party-hint" className={forms.hint}>
            A party’s stances, alternative wordings and edits; new versions are left out.
          </p>
          {errors.party ? (
            <p id="changes-party-error" className={styles.error}>
              {errors.party}
            </p>
          ) : null}
        </div>
        <div className={styles.filterActions}>
          <button type="submit" className="button">
            Show changes
          </button>
          {filters.document || filters.party ? <Link href="/changes">Clear filters</Link> : null}
        </div>
      </form>

      <section aria-label="Changes" className={styles.days}>
        {errors.before ? <p className={styles.error}>{errors.before}</p> : null}
        {page ? <ChangeList items={page.items} /> : <p className="empty">Choose a document and a party from the lists.</p>}
        {page && (beforeText || page.nextBefore) ? (
          <nav className={styles.pager} aria-label="Older and newer changes">
            {beforeText ? <Link href={`/changes${changesQuery(filters)}`}>← Newest changes</Link> : <span />}
            {page.nextBefore ? (
              <Link href={`/changes${changesQuery({ ...filters, before: page.nextBefore.toISOString() })}`} rel="next">
                Older changes →
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
