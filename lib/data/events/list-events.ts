import "server-only";
import { getDb } from "@/lib/db";
import { isoDay } from "../iso-day";
import { partySelect, type PartySummary } from "../parties/party-summary";
import { sourceSelect, toSourceSummaries, type SourceSummary } from "../sources/source-summary";

export interface EventItem {
  id: string;
  /** Calendar day, YYYY-MM-DD. */
  occurredOn: string;
  title: string;
  summary: string;
  /** "dataset" for events recorded without a document: they concern the whole dataset. */
  scope: "document" | "dataset";
  parties: PartySummary[];
  sources: SourceSummary[];
}

export interface ListEventsOptions {
  documentSlug: string;
}

/**
 * Events of a document (its own, or linked to one of its versions) together with the
 * events recorded for the whole dataset, in date order. One query.
 */
export async function listEvents({ documentSlug }: ListEventsOptions): Promise<EventItem[]> {
  const rows = await getDb().event.findMany({
    where: {
      OR: [
        { documentId: null },
        { document: { slug: documentSlug } },
        { versions: { some: { version: { document: { slug: documentSlug } } } } },
      ],
    },
    orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      occurredOn: true,
      title: true,
      summary: true,
      documentId: true,
      _count: { select: { versions: true } },
      parties: { select: { party: { select: partySelect } } },
      sources: { select: { source: { select: sourceSelect } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    occurredOn: isoDay(row.occurredOn),
    title: row.title,
    summary: row.summary,
    scope: row.documentId === null && row._count.versions === 0 ? "dataset" : "document",
    parties: row.parties.map(({ party }) => party).sort((a, b) => a.name.localeCompare(b.name)),
    sources: toSourceSummaries(row.sources),
  }));
}
