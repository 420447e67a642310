import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { getPointHistory } from "@/lib/data/history/get-point-history";
import { NotFoundError } from "@/lib/errors";
import { HistoryTimeline } from "@/app/_components/history/history-timeline";
import styles from "@/app/_components/history/history.module.css";
import { LineageLinks } from "@/app/_components/history/lineage-links";
import { Alternatives, ProvisionNotes } from "@/app/_components/history/notes-and-alternatives";
import { StanceHistory } from "@/app/_components/history/stance-history";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { PointNumber } from "@/app/_components/point-number";
import { TextCaveat } from "@/app/_components/text-caveat";
import { documentPath, versionPath } from "@/app/_lib/paths";
import { decodeMetadataSegment, decodeSegment, orNotFound } from "@/app/_lib/route-params";

interface PointHistoryPageProps {
  params: Promise<{ slug: string; label: string; number: string }>;
}

const loadHistory = cache((documentSlug: string, versionLabel: string, number: string) =>
  getPointHistory({ documentSlug, versionLabel, number }),
);

export async function generateMetadata({ params }: PointHistoryPageProps): Promise<Metadata> {
  await connection();
  const { slug, label, number } = await params;
  try {
    const history = await loadHistory(decodeMetadataSegment(slug), decodeMetadataSegment(label), decodeMetadataSegment(number));
    return { title: `Point ${history.focus.number} of ${history.focus.versionLabel} — ${history.document.title}` };
  } catch (error) {
    if (error instanceof NotFoundError) return { title: "Point not found" };
    throw error;
  }
}

export default async function PointHistoryPage({ params }: PointHistoryPageProps) {
  await connection();
  const { slug, label, number } = await params;
  const history = await orNotFound(loadHistory(decodeSegment(slug), decodeSegment(label), decodeSegment(number)));
  const { document, focus } = history;
  const present = history.entries.filter((entry) => entry.presence === "present").length;
  const topics = [...new Set(history.entries.flatMap((entry) => entry.points.flatMap((point) => point.topics)))];

  return (
    <div className="page">
      <Breadcrumbs
        trail={[
          { href: "/", label: "Documents" },
          { href: documentPath(document.slug), label: document.title },
          { href: versionPath(document.slug, focus.versionLabel), label: focus.versionLabel },
        ]}
        current={`Point ${focus.numberProvisional ? "≈" : ""}${focus.number}`}
      />
      <header className="page-header">
        <p className="eyebrow">Provision history</p>
        <h1>
          Point <PointNumber number={focus.number} provisional={focus.numberProvisional} /> of {focus.versionLabel}
        </h1>
        <p className="lead">
          {present === history.entries.length
            ? `This provision in all ${history.entries.length} versions of the document`
            : `This provision across the document’s ${history.entries.length} versions (it appears in ${present})`}
          , with its wording, status, lineage and each party’s stance.
        </p>
        {topics.length > 0 ? (
          <ul className="topics" aria-label="Topics">
            {topics.map((topic) => (
              <li key={topic} className="topic">
                {topic.replaceAll("-", " ")}
              </li>
            ))}
          </ul>
        ) : null}
        <TextCaveat note={document.textNote} />
        <nav aria-label="On this page">
          <ul className={styles.jumpLinks}>
            <li>
              <a href="#versions-heading">Versions</a>
            </li>
            <li>
              <a href="#stances-heading">Stances ({history.stances.length})</a>
            </li>
            <li>
              <a href="#lineage-heading">Lineage ({history.links.length})</a>
            </li>
            <li>
              <a href="#notes-heading">Notes ({history.notes.length})</a>
            </li>
            <li>
              <a href="#alternatives-heading">Alternative wordings ({history.alternatives.length})</a>
            </li>
          </ul>
        </nav>
      </header>

      <div className={styles.layout}>
        <section className={styles.section} aria-labelledby="versions-heading">
          <h2 id="versions-heading">Across the versions</h2>
          <HistoryTimeline documentSlug={document.slug} entries={history.entries} focusLabel={focus.versionLabel} />
        </section>
        <section className={`${styles.section} ${styles.aside}`} aria-labelledby="stances-heading">
          <h2 id="stances-heading" className="aside-heading">
            Stances, newest first
          </h2>
          <StanceHistory documentSlug={document.slug} stances={history.stances} />
        </section>
      </div>

      <section className={styles.section} aria-labelledby="lineage-heading">
        <h2 id="lineage-heading">Lineage</h2>
        <p className="section-intro">The links that make these points one provision. Analysts correct them on the compare page.</p>
        <LineageLinks documentSlug={document.slug} links={history.links} />
      </section>

      <section className={styles.section} aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <ProvisionNotes documentSlug={document.slug} notes={history.notes} />
      </section>

      <section className={styles.section} aria-labelledby="alternatives-heading">
        <h2 id="alternatives-heading">Alternative wordings</h2>
        <Alternatives alternatives={history.alternatives} />
      </section>
    </div>
  );
}
