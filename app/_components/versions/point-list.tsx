import Link from "next/link";
import type { PointContent, StatusDetail, TextStatus, VersionEntry } from "@/lib/data/versions/get-version";
import { pointAnchor, versionPath } from "@/app/_lib/paths";
import { PointNumber } from "../point-number";
import { SourcesDisclosure } from "../source-list";
import { NoStatusBadge, StatusBadge } from "../status-badge";

interface ListContext {
  documentSlug: string;
  textStatus: TextStatus;
  anchors: Map<VersionEntry, string>;
}

/** The version's points in order, sub-points nested, removed provisions in place. */
export function PointList({
  entries,
  documentSlug,
  textStatus,
}: {
  entries: VersionEntry[];
  documentSlug: string;
  textStatus: TextStatus;
}) {
  if (entries.length === 0) return <p className="empty">No points are recorded for this version.</p>;
  const context: ListContext = { documentSlug, textStatus, anchors: assignAnchors(entries) };
  return (
    <div className="point-list">
      {entries.map((entry) => (
        <PointEntry key={entryKey(entry)} entry={entry} depth={0} context={context} />
      ))}
    </div>
  );
}

function entryKey(entry: VersionEntry): string {
  return entry.kind === "present" ? entry.point.id : entry.statusId;
}

/** Stable, unique anchors: "point-10a" for points, "removed-point-3" for removed provisions. */
function assignAnchors(entries: VersionEntry[]): Map<VersionEntry, string> {
  const anchors = new Map<VersionEntry, string>();
  const used = new Set<string>();
  const visit = (entry: VersionEntry) => {
    const base = (entry.kind === "removed" ? "removed-" : "") + pointAnchor(entry.point.number);
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    anchors.set(entry, anchor);
    entry.children.forEach(visit);
  };
  entries.forEach(visit);
  return anchors;
}

type HeadingTag = "h3" | "h4" | "h5" | "h6";
const headingFor = (depth: number): HeadingTag => (["h3", "h4", "h5", "h6"] as const)[Math.min(depth, 3)]!;

function PointEntry({ entry, depth, context }: { entry: VersionEntry; depth: number; context: ListContext }) {
  const anchor = context.anchors.get(entry) ?? entryKey(entry);
  const Heading = headingFor(depth);
  const removed = entry.kind === "removed";

  return (
    <article
      id={anchor}
      className={`point${removed ? " point--removed" : ""}${depth > 0 ? " point--sub" : ""}`}
      aria-labelledby={`${anchor}-heading`}
    >
      <header className="point__header">
        <Heading className="point__heading" id={`${anchor}-heading`}>
          Point <PointNumber number={entry.point.number} provisional={entry.point.numberProvisional} />
          {removed ? <span className="visually-hidden">, removed in this version</span> : null}
        </Heading>
        {removed ? (
          <StatusBadge status="removed" label="Removed in this version" />
        ) : entry.status ? (
          <StatusBadge status={entry.status.value} />
        ) : (
          <NoStatusBadge />
        )}
      </header>

      {entry.kind === "present" ? (
        <>
          <Topics topics={entry.point.topics} />
          <PointBody point={entry.point} textStatus={context.textStatus} />
          {entry.status ? <StatusExplanation status={entry.status} /> : null}
          <Note note={entry.point.note} />
          <SourcesDisclosure sources={entry.point.sources} />
        </>
      ) : (
        <>
          <StatusExplanation status={entry.status} removal />
          <SourcesDisclosure sources={entry.status.sources} label="Sources for the removal" />
          <div className="point__former">
            <p className="point__former-label">
              Last seen in{" "}
              <Link href={`${versionPath(context.documentSlug, entry.lastSeenIn.label)}#${pointAnchor(entry.point.number)}`}>
                {entry.lastSeenIn.label}, point{" "}
                <PointNumber number={entry.point.number} provisional={entry.point.numberProvisional} />
              </Link>
              :
            </p>
            <Topics topics={entry.point.topics} />
            <PointBody point={entry.point} textStatus={entry.lastSeenIn.textStatus} />
            <Note note={entry.point.note} />
            <SourcesDisclosure sources={entry.point.sources} label="Sources for that wording" />
          </div>
        </>
      )}

      {entry.children.length > 0 ? (
        <div className="point__children">
          {entry.children.map((child) => (
            <PointEntry key={entryKey(child)} entry={child} depth={depth + 1} context={context} />
          ))}
        </div>
      ) : null}
    </article>
  );
}

function PointBody({ point, textStatus }: { point: PointContent; textStatus: TextStatus }) {
  if (point.text !== null) {
    return (
      <>
        <p className="point__text">{point.text}</p>
        {point.summary ? (
          <p className="point__summary">
            <span className="label">Summary: </span>
            {point.summary}
          </p>
        ) : null}
      </>
    );
  }
  return (
    <div className="point__withheld">
      <p className="point__withheld-label">{textStatus === "unreleased" ? "Text not released" : "Wording unknown"}</p>
      {point.summary ? (
        <p className="point__summary">
          <span className="label">What is reported: </span>
          {point.summary}
        </p>
      ) : null}
    </div>
  );
}

function StatusExplanation({ status, removal = false }: { status: StatusDetail; removal?: boolean }) {
  if (!status.summary && !status.note) return null;
  return (
    <div className="point__status-detail">
      {status.summary ? <p className={removal ? "point__removal-summary" : undefined}>{status.summary}</p> : null}
      {status.note ? (
        <p className="point__note">
          <span className="label">{removal ? "Note on the removal: " : "Note on the status: "}</span>
          {status.note}
        </p>
      ) : null}
      {!removal && status.sources.length > 0 ? (
        <SourcesDisclosure sources={status.sources} label="Sources for the status" />
      ) : null}
    </div>
  );
}

function Note({ note }: { note: string | null }) {
  if (!note) return null;
  return (
    <p className="point__note">
      <span className="label">Note: </span>
      {note}
    </p>
  );
}

function Topics({ topics }: { topics: string[] }) {
  if (topics.length === 0) return null;
  return (
    <ul className="topics" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic} className="topic">
          {topic.replaceAll("-", " ")}
        </li>
      ))}
    </ul>
  );
}
