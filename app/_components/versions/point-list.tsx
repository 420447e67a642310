import Link from "next/link";
import { createElement } from "react";
import type { PartySummary } from "@/lib/data/parties/party-summary";
import type { PointContent, StatusDetail, TextStatus, VersionEntry } from "@/lib/data/versions/get-version";
import type { VersionAnnotations } from "@/lib/data/versions/get-version-annotations";
import { pointAnchor, pointPath, stancesPath, versionPath } from "@/app/_lib/paths";
import { PointNumber } from "../point-number";
import { SourcesDisclosure } from "../source-list";
import { NoStatusBadge, StatusBadge } from "../status-badge";
import { PointAlternatives, ProvisionNotes } from "./point-annotations";
import { PointAlternativeForm, PointNoteForm, PointStatusForm } from "./point-marking";
import styles from "./marking.module.css";

/** What a signed-in analyst may do on the page; null for readers, who see no controls. */
export interface MarkingContext {
  versionId: string;
  parties: PartySummary[];
  /** Admins may also delete notes and alternative wordings. */
  canDelete: boolean;
}

interface ListContext {
  documentSlug: string;
  versionLabel: string;
  textStatus: TextStatus;
  anchors: Map<VersionEntry, string>;
  annotations: VersionAnnotations;
  marking: MarkingContext | null;
}

/** The version's points in order, sub-points nested, removed provisions in place. */
export function PointList({
  entries,
  documentSlug,
  versionLabel,
  textStatus,
  annotations,
  marking,
}: {
  entries: VersionEntry[];
  documentSlug: string;
  versionLabel: string;
  textStatus: TextStatus;
  annotations: VersionAnnotations;
  marking: MarkingContext | null;
}) {
  if (entries.length === 0) return <p className="empty">No points are recorded for this version.</p>;
  const context: ListContext = { documentSlug, versionLabel, textStatus, anchors: assignAnchors(entries), annotations, marking };
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
  const removed = entry.kind === "removed";

  return (
    <article
      id={anchor}
      className={`point${removed ? " point--removed" : ""}${depth > 0 ? " point--sub" : ""}`}
      aria-labelledby={`${anchor}-heading`}
    >
      <header className="point__header">
        {createElement(
          headingFor(depth),
          { className: "point__heading", id: `${anchor}-heading` },
          <>
            Point <PointNumber number={entry.point.number} provisional={entry.point.numberProvisional} />
            {removed ? <span className="visually-hidden">, removed in this version</span> : null}
          </>,
        )}
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

      <PointExtras entry={entry} anchor={anchor} context={context} />

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

/** History and stance links, alternative wordings, notes, and (for analysts) the marking controls. */
function PointExtras({ entry, anchor, context }: { entry: VersionEntry; anchor: string; context: ListContext }) {
  const { documentSlug, versionLabel, annotations, marking } = context;
  const removed = entry.kind === "removed";
  const number = entry.point.number;
  const pointLabel = `point ${number}`;
  const notes = annotations.notes.get(entry.point.id) ?? [];
  const alternatives = removed ? [] : (annotations.alternatives.get(entry.point.id) ?? []);
  return (
    <>
      <ul className={styles.links} aria-label={`About ${pointLabel}`}>
        <li>
          <Link href={pointPath(documentSlug, removed ? entry.lastSeenIn.label : versionLabel, number)}>
            History<span className="visually-hidden"> of {pointLabel}</span>
          </Link>
        </li>
        <li>
          <Link href={`${stancesPath(documentSlug, versionLabel)}#${anchor}`}>
            Stances<span className="visually-hidden"> on {pointLabel}</span>
          </Link>
        </li>
      </ul>
      <PointAlternatives id={`${anchor}-alternatives`} alternatives={alternatives} canDelete={marking?.canDelete ?? false} />
      <ProvisionNotes
        id={`${anchor}-notes`}
        notes={notes}
        documentSlug={documentSlug}
        here={{ versionLabel: removed ? entry.lastSeenIn.label : versionLabel, number }}
        canDelete={marking?.canDelete ?? false}
      />
      {marking ? (
        <details className={styles.mark}>
          <summary>
            Mark / annotate<span className="visually-hidden"> {pointLabel}</span>
          </summary>
          <div className={styles.markBody}>
            {entry.kind === "present" ? (
              <div className={styles.markSection}>
                <PointStatusForm
                  idPrefix={anchor}
                  versionId={marking.versionId}
                  pointId={entry.point.id}
                  versionLabel={versionLabel}
                  currentStatus={entry.status?.value ?? null}
                  baseStatusId={entry.status?.id ?? null}
                />
              </div>
            ) : null}
            <div className={styles.markSection}>
              <PointNoteForm idPrefix={anchor} pointId={entry.point.id} />
            </div>
            {entry.kind === "present" ? (
              <div className={styles.markSection}>
                <PointAlternativeForm idPrefix={anchor} versionId={marking.versionId} pointId={entry.point.id} parties={marking.parties} />
              </div>
            ) : null}
          </div>
        </details>
      ) : null}
    </>
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
