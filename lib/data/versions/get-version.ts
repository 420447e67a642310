import "server-only";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { PointStatusValue, TextStatus } from "@/lib/generated/prisma/enums";
import { isoDay } from "../iso-day";
import { sourceSelect, toSourceSummaries, type SourceSummary } from "../sources/source-summary";
import { countStatuses, currentStatuses, isShownInVersion, type StatusCounts } from "../statuses/current-statuses";
import { statusDetailSelect } from "../statuses/status-select";
import { placeRemovedPoints, type EntryRef } from "./place-removed-points";

export type { PointStatusValue, TextStatus };

export interface PointContent {
  id: string;
  /** The label as printed, without any "~": see `numberProvisional`. */
  number: string;
  /** True when the real number is unknown and `number` reuses an earlier numbering. */
  numberProvisional: boolean;
  /** Null when the wording was not released or is unknown; `summary` then says what is known. */
  text: string | null;
  summary: string | null;
  topics: string[];
  note: string | null;
  sources: SourceSummary[];
}

export interface StatusDetail {
  /** The status row: an analyst marking the point names it as the value they saw. */
  id: string;
  value: PointStatusValue;
  summary: string | null;
  note: string | null;
  sources: SourceSummary[];
}

/** A point of the version, with its sub-points (and any removed sub-provisions) in order. */
export interface PresentEntry {
  kind: "present";
  point: PointContent;
  /** Null when no status has been recorded for the point. */
  status: StatusDetail | null;
  children: VersionEntry[];
}

/** A provision this version removed, shown through its last point in an earlier version. */
export interface RemovedEntry {
  kind: "removed";
  /** The removal's status row. */
  statusId: string;
  point: PointContent;
  lastSeenIn: { label: string; textStatus: TextStatus };
  status: StatusDetail;
  children: VersionEntry[];
}

export type VersionEntry = PresentEntry | RemovedEntry;

export interface VersionLink {
  label: string;
  publishedOn: string | null;
}

export interface VersionDetail {
  document: { slug: string; title: string; textNote: string | null };
  version: {
    id: string;
    label: string;
    position: number;
    publishedOn: string | null;
    origin: string | null;
    textStatus: TextStatus;
    sources: SourceSummary[];
  };
  /** Every version of the document, in order. */
  versions: VersionLink[];
  /** 1-based place of the version among the document's versions, and how many there are. */
  place: { index: number; of: number };
  previous: VersionLink | null;
  next: VersionLink | null;
  /** Points of the version itself (removed provisions not included). */
  pointCount: number;
  statusCounts: StatusCounts;
  entries: VersionEntry[];
}

export interface GetVersionOptions {
  documentSlug: string;
  label: string;
}

const pointContentSelect = {
  id: true,
  number: true,
  numberProvisional: true,
  text: true,
  summary: true,
  topics: true,
  note: true,
  parentId: true,
  position: true,
  versionId: true,
  sources: { select: { source: { select: sourceSelect } } },
} as const;

/**
 * A version with its points in order (sub-points nested) and, in place, the provisions
 * it removed. At most six reads (three when nothing was removed), whatever the number of points.
 * Throws NotFoundError for an unknown document or label.
 */
export async function getVersion({ documentSlug, label }: GetVersionOptions): Promise<VersionDetail> {
  const db = getDb();
  const version = await db.version.findFirst({
    where: { label, document: { slug: documentSlug } },
    select: {
      id: true,
      label: true,
      position: true,
      publishedOn: true,
      origin: true,
      textStatus: true,
      sources: { select: { source: { select: sourceSelect } } },
      document: {
        select: {
          id: true,
          slug: true,
          title: true,
          textNote: true,
          versions: { orderBy: { position: "asc" }, select: { label: true, publishedOn: true } },
        },
      },
    },
  });
  if (!version) throw new NotFoundError(`No version "${label}" of document "${documentSlug}".`);

  const [points, statusRows] = await Promise.all([
    db.point.findMany({ where: { versionId: version.id }, orderBy: { position: "asc" }, select: pointContentSelect }),
    db.pointStatus.findMany({
      where: { versionId: version.id },
      select: {
        ...statusDetailSelect,
        point: { select: { versionId: true } },
      },
    }),
  ]);

  const shown = currentStatuses(statusRows).filter((row) =>
    isShownInVersion({ versionId: row.versionId, status: row.status, pointVersionId: row.point.versionId }),
  );
  const statusByPointId = new Map(shown.filter((row) => row.point.versionId === version.id).map((row) => [row.pointId, row]));
  const removals = shown.filter((row) => row.point.versionId !== version.id);

  // Removed provisions live in earlier versions: read them, their versions' points and the
  // document's lineage only when this version removed something.
  const oldVersionIds = [...new Set(removals.map((row) => row.point.versionId))];
  const [removedPoints, oldPoints, links] =
    removals.length === 0
      ? [[], [], []]
      : await Promise.all([
          db.point.findMany({
            where: { id: { in: removals.map((row) => row.pointId) } },
            select: { ...pointContentSelect, version: { select: { label: true, position: true, textStatus: true } } },
          }),
          db.point.findMany({
            where: { versionId: { in: oldVersionIds } },
            select: { id: true, parentId: true, versionId: true, position: true },
          }),
          db.lineageLink.findMany({
            where: { fromPoint: { version: { documentId: version.document.id } } },
            select: { fromPointId: true, toPointId: true },
          }),
        ]);
  const removedPointById = new Map(removedPoints.map((point) => [point.id, point]));

  const placed = placeRemovedPoints({
    points,
    removals: removals.map((row) => ({
      key: row.id,
      pointId: row.pointId,
      versionPosition: removedPointById.get(row.pointId)?.version.position ?? 0,
    })),
    oldPoints,
    links,
  });

  const pointById = new Map(points.map((point) => [point.id, point]));
  const removalById = new Map(removals.map((row) => [row.id, row]));
  const refKey = (ref: EntryRef) => (ref.kind === "point" ? `p:${ref.id}` : `r:${ref.key}`);
  const toEntry = (ref: EntryRef): VersionEntry | undefined => {
    if (ref.kind === "point") {
      const point = pointById.get(ref.id);
      const status = statusByPointId.get(ref.id);
      return point && { kind: "present", point: toPointContent(point), status: status ? toStatusDetail(status) : null, children: [] };
    }
    const row = removalById.get(ref.key);
    const point = row && removedPointById.get(row.pointId);
    return (
      row &&
      point && {
        kind: "removed",
        statusId: row.id,
        point: toPointContent(point),
        lastSeenIn: { label: point.version.label, textStatus: point.version.textStatus },
        status: toStatusDetail(row),
        children: [],
      }
    );
  };

  // Build every entry first, then nest them in reading order (a parent may be placed after a child).
  const entryByRef = new Map<string, VersionEntry>();
  for (const { ref } of placed) {
    const entry = toEntry(ref);
    if (entry) entryByRef.set(refKey(ref), entry);
  }
  const roots: VersionEntry[] = [];
  for (const { ref, parent } of placed) {
    const entry = entryByRef.get(refKey(ref));
    if (!entry) continue;
    const parentEntry = parent ? entryByRef.get(refKey(parent)) : undefined;
    (parentEntry ? parentEntry.children : roots).push(entry);
  }

  const versions = version.document.versions;
  const index = versions.findIndex((item) => item.label === version.label);
  const link = (item: (typeof versions)[number] | undefined): VersionLink | null =>
    item ? { label: item.label, publishedOn: isoDay(item.publishedOn) } : null;

  return {
    document: { slug: version.document.slug, title: version.document.title, textNote: version.document.textNote },
    version: {
      id: version.id,
      label: version.label,
      position: version.position,
      publishedOn: isoDay(version.publishedOn),
      origin: version.origin,
      textStatus: version.textStatus,
      sources: toSourceSummaries(version.sources),
    },
    versions: versions.map((item) => link(item)).filter((item) => item !== null),
    place: { index: index + 1, of: versions.length },
    previous: link(versions[index - 1]),
    next: link(versions[index + 1]),
    pointCount: points.length,
    statusCounts: countStatuses(shown),
    entries: roots,
  };
}

type PointRow = Omit<PointContent, "sources"> & { sources: Parameters<typeof toSourceSummaries>[0] };

function toPointContent(row: PointRow): PointContent {
  return {
    id: row.id,
    number: row.number,
    numberProvisional: row.numberProvisional,
    text: row.text,
    summary: row.summary,
    topics: row.topics,
    note: row.note,
    sources: toSourceSummaries(row.sources),
  };
}

function toStatusDetail(row: {
  id: string;
  status: PointStatusValue;
  summary: string | null;
  note: string | null;
  sources: Parameters<typeof toSourceSummaries>[0];
}): StatusDetail {
  return { id: row.id, value: row.status, summary: row.summary, note: row.note, sources: toSourceSummaries(row.sources) };
}
