import Link from "next/link";
import type { DocumentVersionItem } from "@/lib/data/documents/get-document";
import type { EventItem } from "@/lib/data/events/list-events";
import { versionPath } from "@/app/_lib/paths";
import { DateText } from "../date-text";
import { PartyLabels } from "../party-label";
import { SourcesDisclosure } from "../source-list";

type Row =
  | { kind: "version"; day: string | null; version: DocumentVersionItem }
  | { kind: "event"; day: string; event: EventItem };

/** Events in date order, with the document's versions placed on the days they appeared. */
export function EventTimeline({
  documentSlug,
  events,
  versions,
}: {
  documentSlug: string;
  events: EventItem[];
  versions: DocumentVersionItem[];
}) {
  const rows: Row[] = [
    ...versions.filter((version) => version.publishedOn).map((version): Row => ({ kind: "version", day: version.publishedOn, version })),
    ...events.map((event): Row => ({ kind: "event", day: event.occurredOn, event })),
  ].sort((a, b) => (a.day ?? "").localeCompare(b.day ?? "") || (a.kind === b.kind ? 0 : a.kind === "version" ? -1 : 1));

  if (events.length === 0) return <p className="empty">No events recorded yet.</p>;

  return (
    <ol className="timeline event-timeline">
      {rows.map((row) =>
        row.kind === "version" ? (
          <li key={`v-${row.version.id}`} className="timeline__item timeline__item--version">
            <span className="timeline__marker timeline__marker--version" aria-hidden="true" />
            <p className="event-timeline__version">
              <DateText day={row.day} />
              <span className="event-timeline__version-text">
                Version published:{" "}
                <Link href={versionPath(documentSlug, row.version.label)}>{row.version.label}</Link>
              </span>
            </p>
          </li>
        ) : (
          <li key={row.event.id} className="timeline__item">
            <span className="timeline__marker" aria-hidden="true" />
            <article className="event" aria-labelledby={`event-${row.event.id}`}>
              <p className="eyebrow">
                <DateText day={row.event.occurredOn} />
              </p>
              <h3 className="event__title" id={`event-${row.event.id}`}>
                {row.event.title}
              </h3>
              <p className="event__summary">{row.event.summary}</p>
              <PartyLabels parties={row.event.parties} label="Parties involved" />
              <SourcesDisclosure sources={row.event.sources} />
            </article>
          </li>
        ),
      )}
    </ol>
  );
}
