import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { getDocument } from "@/lib/data/documents/get-document";
import { listEvents } from "@/lib/data/events/list-events";
import { listOpenQuestions } from "@/lib/data/open-questions/list-open-questions";
import { EventTimeline } from "@/app/_components/documents/event-timeline";
import { VersionTimeline } from "@/app/_components/documents/version-timeline";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { OpenQuestions } from "@/app/_components/open-questions";
import { TextCaveat } from "@/app/_components/text-caveat";
import { decodeMetadataSegment, decodeSegment, orNotFound } from "@/app/_lib/route-params";
import { NotFoundError } from "@/lib/errors";

interface DocumentPageProps {
  params: Promise<{ slug: string }>;
}

const loadDocument = cache((slug: string) => getDocument({ slug }));

export async function generateMetadata({ params }: DocumentPageProps): Promise<Metadata> {
  await connection();
  try {
    const document = await loadDocument(decodeMetadataSegment((await params).slug));
    return { title: document.title, description: document.summary ?? undefined };
  } catch (error) {
    // The page itself answers 404; the title only has to stay generic.
    if (error instanceof NotFoundError) return { title: "Document not found" };
    throw error;
  }
}

export default async function DocumentPage({ params }: DocumentPageProps) {
  await connection();
  const slug = decodeSegment((await params).slug);
  const [document, events, questions] = await Promise.all([
    orNotFound(loadDocument(slug)),
    listEvents({ documentSlug: slug }),
    listOpenQuestions({ documentSlug: slug }),
  ]);
  const datasetWideEvents = events.some((event) => event.scope === "dataset");

  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: "/", label: "Documents" }]} current={document.title} />
      <header className="page-header">
        <p className="eyebrow">Document</p>
        <h1>{document.title}</h1>
        {document.summary ? <p className="document-summary">{document.summary}</p> : null}
        <TextCaveat note={document.textNote} />
      </header>

      <div className="document-layout">
        <section className="document-layout__versions" aria-labelledby="versions-heading">
          <h2 id="versions-heading">Versions</h2>
          <p className="section-intro">Drafts in the order they appeared. Open a version to read its points.</p>
          <VersionTimeline documentSlug={document.slug} versions={document.versions} />
        </section>

        <div className="document-layout__questions">
          <OpenQuestions questions={questions} context="document" />
        </div>

        <section className="document-layout__events" aria-labelledby="events-heading">
          <h2 id="events-heading">Timeline of events</h2>
          <p className="section-intro">
            Talks, statements and publications, with the versions placed on the days they appeared.
            {datasetWideEvents ? " Events recorded for the negotiations as a whole appear on every document’s page." : null}
          </p>
          <EventTimeline documentSlug={document.slug} events={events} versions={document.versions} />
        </section>
      </div>
    </div>
  );
}
