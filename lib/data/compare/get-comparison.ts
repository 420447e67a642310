import "server-only";
import { loadProvisionGraph } from "@/lib/data/lineage/load-provision-graph";
import type { RowKind } from "@/lib/align";
import { buildComparison, type ComparedRow } from "@/lib/compare/build-comparison";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { PointStatusValue, StancePosition, TextStatus } from "@/lib/generated/prisma/enums";
import { latestStancePerParty } from "@/lib/stances/latest-stances";
import { isoDay } from "../iso-day";
import { partySelect, type PartySummary } from "../parties/party-summary";
import { toSourceSummaries, type SourceSummary } from "../sources/source-summary";
import { currentStatuses } from "../statuses/current-statuses";
import { statusDetailSelect } from "../statuses/status-select";

export interface ComparisonVersion {
  id: string;
  label: string;
  position: number;
  publishedOn: string | null;
  textStatus: TextStatus;
}

export interface ComparisonPoint {
  id: string;
  number: string;
  numberProvisional: boolean;
  position: number;
  text: string | null;
  summary: string | null;
  topics: string[];
}

export interface RowStance {
  stanceId: string;
  party: PartySummary;
  position: StancePosition;
  summary: string;
  statedOn: string;
  /** The version the stance was stated about (may be earlier than the one compared). */
  versionLabel: string;
}

export interface ComparisonRow extends ComparedRow<ComparisonPoint> {
  /** The status in the `to` version: of its point, or "removed"; null if none was recorded. */
  status: PointStatusValue | null;
  /** Why the provision is gone, when the removal was recorded with an explanation. */
  removal: { summary: string | null; note: string | null; sources: SourceSummary[] } | null;
  topics: string[];
  /** Latest stance of each party on this provision, as of the `to` version. */
  stances: RowStance[];
}

export interface Comparison {
  document: { id: string; slug: string; title: string };
  versions: ComparisonVersion[];
  from: ComparisonVersion;
  to: ComparisonVersion;
  summary: Record<RowKind, number>;
  rows: ComparisonRow[];
  parties: PartySummary[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A version named by its label or its id. */
export function findVersion<V extends { id: string; label: string }>(versions: V[], reference: string): V | undefined {
  return versions.find((version) => version.label === reference) ?? (UUID.test(reference) ? versions.find((v) => v.id === reference) : undefined);
}

export async function getComparisonVersions(documentSlug: string): Promise<{ document: Comparison["document"]; versions: ComparisonVersion[] }> {
  const document = await getDb().document.findUnique({
    where: { slug: documentSlug },
    select: {
      id: true,
      slug: true,
      title: true,
      versions: { orderBy: { position: "asc" }, select: { id: true, label: true, position: true, publishedOn: true, textStatus: true } },
    },
  });
  if (!document) throw new NotFoundError(`No document "${documentSlug}".`);
  return {
    document: { id: document.id, slug: document.slug, title: document.title },
    versions: document.versions.map((version) => ({ ...version, publishedOn: isoDay(version.publishedOn) })),
  };
}

/**
 * Compares two versions of a document (by label or id, in either order): aligned rows
 * with word diffs, statuses, removal explanations and each party's latest stance.
 * A constant number of queries, whatever the size of the versions.
 * Throws NotFoundError for an unknown document or version.
 */
export async function getComparison(options: { documentSlug: string; from: string; to: string }): Promise<Comparison> {
  const { document, versions } = await getComparisonVersions(options.documentSlug);
  const from = findVersion(versions, options.from);
  const to = findVersion(versions, options.to);
  if (!from) throw new NotFoundError(`No version "${options.from}" of document "${document.slug}".`);
  if (!to) throw new NotFoundError(`No version "${options.to}" of document "${document.slug}".`);

  const db = getDb();
  const pointSelect = {
    id: true,
    versionId: true,
    number: true,
    numberProvisional: true,
    position: true,
    text: true,
    summary: true,
    topics: true,
  } as const;
  const [points, graph, statusRows, stanceRows, parties, rejections] = await Promise.all([
    db.point.findMany({ where: { versionId: { in: [from.id, to.id] } }, orderBy: { position: "asc" }, select: pointSelect }),
    loadProvisionGraph(db, document.id),
    db.pointStatus.findMany({
      where: { version: { documentId: document.id } },
      select: statusDetailSelect,
    }),
    db.stance.findMany({
      where: { version: { documentId: document.id }, pointId: { not: null } },
      select: {
        id: true,
        partyId: true,
        pointId: true,
        position: true,
        summary: true,
        statedOn: true,
        recordedAt: true,
        versionId: true,
      },
    }),
    db.party.findMany({ orderBy: { name: "asc" }, select: partySelect }),
    db.lineageRejection.findMany({
      where: { fromPoint: { versionId: { in: [from.id, to.id] } }, toPoint: { versionId: { in: [from.id, to.id] } } },
      select: { fromPointId: true, toPointId: true },
    }),
  ]);

  const positionOfVersion = new Map(versions.map((version) => [version.id, version]));
  const current = currentStatuses(statusRows);
  const built = buildComparison({
    from: { id: from.id, position: from.position, points: points.filter((p) => p.versionId === from.id) },
    to: { id: to.id, position: to.position, points: points.filter((p) => p.versionId === to.id) },
    graph,
    statusEvents: current.map((row) => ({
      pointId: row.pointId,
      status: row.status,
      versionPosition: positionOfVersion.get(row.versionId)?.position ?? 0,
    })),
    // A rejection recorded in either direction holds for both.
    rejectedLinks: rejections.flatMap((r) => [
      { fromId: r.fromPointId, toId: r.toPointId },
      { fromId: r.toPointId, toId: r.fromPointId },
    ]),
  });

  const statusInTo = new Map(current.filter((row) => row.versionId === to.id).map((row) => [row.pointId, row]));
  const partyById = new Map(parties.map((party) => [party.id, party]));
  const stances = stanceRows.map((row) => ({
    ...row,
    versionPosition: positionOfVersion.get(row.versionId)?.position ?? Number.POSITIVE_INFINITY,
  }));

  const rows: ComparisonRow[] = built.rows.map((row) => {
    const rowPoints = [...row.from, ...row.to];
    const provisionPoints = new Set(rowPoints.flatMap((point) => graph.pointsOf(graph.provisionOf(point.id))));
    const removal =
      row.to.length === 0
        ? [...provisionPoints].map((id) => statusInTo.get(id)).find((status) => status?.status === "removed")
        : undefined;
    const status: PointStatusValue | null =
      row.to.length === 0 ? "removed" : (statusInTo.get(row.to[0]?.id ?? "")?.status ?? null);
    const latest = latestStancePerParty(stances, provisionPoints, to.position);
    return {
      ...row,
      status,
      removal: removal
        ? { summary: removal.summary, note: removal.note, sources: toSourceSummaries(removal.sources) }
        : null,
      topics: [...new Set(rowPoints.flatMap((point) => point.topics))],
      stances: [...latest.values()]
        .map((stance) => {
          const party = partyById.get(stance.partyId);
          return party
            ? {
                stanceId: stance.id,
                party,
                position: stance.position,
                summary: stance.summary,
                statedOn: isoDay(stance.statedOn),
                versionLabel: positionOfVersion.get(stance.versionId)?.label ?? "",
              }
            : null;
        })
        .filter((stance): stance is RowStance => stance !== null)
        .sort((a, b) => a.party.name.localeCompare(b.party.name)),
    };
  });

  return { document, versions, from, to, summary: built.summary, rows, parties };
}
