import "server-only";
import { getDb } from "@/lib/db";
import { buildProvisionGraph } from "@/lib/lineage/provision-graph";
import { isNewerStance, latestStancePerParty } from "@/lib/stances/latest-stances";
import { positionsDisagree, type StancePositionValue } from "@/lib/stances/positions";
import { isoDay } from "../iso-day";
import { partySelect, type PartySummary } from "../parties/party-summary";
import { getVersion, type VersionEntry, type VersionLink } from "../versions/get-version";

export interface MatrixFilters {
  /** Only provisions with this topic. */
  topic: string | null;
  /** Only provisions where some party currently holds this position. */
  position: StancePositionValue | null;
  /** Only provisions where the parties' current positions differ. */
  disagreements: boolean;
  /** Every party as a column, not only those with a stance on the document. */
  allParties: boolean;
}

export interface MatrixStance {
  id: string;
  position: StancePositionValue;
  summary: string;
  statedOn: string;
  /** The version the stance was stated about. */
  versionLabel: string;
  /** True when it was stated about an earlier version and still stands here. */
  carriedOver: boolean;
}

export interface MatrixParty extends PartySummary {
  /** Stances of the party on any version of the document. */
  stanceCount: number;
}

export interface MatrixRow {
  /** The point's id; for a removed provision, its last point's id (in an earlier version). */
  pointId: string;
  kind: "present" | "removed";
  /** Nesting in the version (sub-points 1, …); 0 when the rows are filtered. */
  depth: number;
  number: string;
  numberProvisional: boolean;
  /** For a removed provision: the version where it was last seen. */
  lastSeenIn: string | null;
  /** What the point says, in short: its summary, else its text (null if unreleased). */
  gist: string | null;
  topics: string[];
  /** Alternative wordings tabled for this point in this version. */
  alternativeCount: number;
  /** One per column, in column order; null where the party has no stance. */
  cells: Array<MatrixStance | null>;
  disagreement: boolean;
}

export interface StanceMatrix {
  document: { slug: string; title: string };
  version: { id: string; label: string; position: number; publishedOn: string | null };
  versions: VersionLink[];
  /** The columns. */
  parties: MatrixParty[];
  /** Parties left out because they have no stance on the document (shown with `allParties`). */
  otherPartyCount: number;
  /** Stances on the version as a whole, one per column. */
  whole: Array<MatrixStance | null>;
  wholeDisagreement: boolean;
  rows: MatrixRow[];
  /** Provisions before filtering (points of the version plus removed provisions). */
  totalRows: number;
  /** Topics of the version's provisions, for the filter. */
  topics: string[];
  filters: MatrixFilters;
}

export interface GetStanceMatrixOptions {
  documentSlug: string;
  label: string;
  filters?: Partial<MatrixFilters>;
}

interface FlatEntry {
  entry: VersionEntry;
  depth: number;
}

function flatten(entries: VersionEntry[], depth = 0, into: FlatEntry[] = []): FlatEntry[] {
  for (const entry of entries) {
    into.push({ entry, depth });
    flatten(entry.children, depth + 1, into);
  }
  return into;
}

function gistOf(point: { summary: string | null; text: string | null }): string | null {
  return point.summary ?? point.text;
}

/**
 * The stance matrix of a version: its provisions in reading order (removed ones in
 * place) × the parties, each cell holding the party's current stance on the provision —
 * its latest on any point of the provision, about this version or an earlier one.
 * Plus a row for stances on the version as a whole. A constant number of reads.
 * Throws NotFoundError (from getVersion) for an unknown document or version.
 */
export async function getStanceMatrix({ documentSlug, label, filters = {} }: GetStanceMatrixOptions): Promise<StanceMatrix> {
  const db = getDb();
  const detail = await getVersion({ documentSlug, label });
  const version = detail.version;
  const inDocument = { document: { slug: documentSlug } };

  const [documentPoints, links, stanceRows, parties, alternatives] = await Promise.all([
    db.point.findMany({ where: { version: inDocument }, select: { id: true, versionId: true } }),
    db.lineageLink.findMany({ where: { fromPoint: { version: inDocument } }, select: { fromPointId: true, toPointId: true } }),
    db.stance.findMany({
      where: { version: inDocument },
      select: {
        id: true,
        partyId: true,
        pointId: true,
        versionId: true,
        position: true,
        summary: true,
        statedOn: true,
        recordedAt: true,
        version: { select: { label: true, position: true } },
      },
    }),
    db.party.findMany({ orderBy: { name: "asc" }, select: partySelect }),
    db.alternative.groupBy({ by: ["pointId"], where: { versionId: version.id }, _count: { _all: true } }),
  ]);

  const stanceCount = new Map<string, number>();
  for (const row of stanceRows) stanceCount.set(row.partyId, (stanceCount.get(row.partyId) ?? 0) + 1);
  const ranked = parties
    .map((party) => ({ ...party, stanceCount: stanceCount.get(party.id) ?? 0 }))
    .sort((a, b) => b.stanceCount - a.stanceCount || a.name.localeCompare(b.name));
  const columns = filters.allParties ? ranked : ranked.filter((party) => party.stanceCount > 0);

  const stances = stanceRows.map((row) => ({ ...row, versionPosition: row.version.position }));
  const toCell = (stance: (typeof stances)[number] | undefined): MatrixStance | null =>
    stance
      ? {
          id: stance.id,
          position: stance.position,
          summary: stance.summary,
          statedOn: isoDay(stance.statedOn),
          versionLabel: stance.version.label,
          carriedOver: stance.versionId !== version.id,
        }
      : null;

  const graph = buildProvisionGraph(documentPoints, links);
  const alternativeCount = new Map(alternatives.map((row) => [row.pointId, row._count._all]));

  const stancesByProvision = new Map<string, typeof stances>();
  for (const stance of stances) {
    if (stance.pointId === null) continue;
    const key = graph.provisionOf(stance.pointId);
    const list = stancesByProvision.get(key);
    if (list) list.push(stance);
    else stancesByProvision.set(key, [stance]);
  }

  const allRows: MatrixRow[] = flatten(detail.entries).map(({ entry, depth }) => {
    const key = graph.provisionOf(entry.point.id);
    const provision = new Set([...graph.pointsOf(key), entry.point.id]);
    const latest = latestStancePerParty(stancesByProvision.get(key) ?? [], provision, version.position);
    const cells = columns.map((party) => toCell(latest.get(party.id)));
    return {
      pointId: entry.point.id,
      kind: entry.kind,
      depth,
      number: entry.point.number,
      numberProvisional: entry.point.numberProvisional,
      lastSeenIn: entry.kind === "removed" ? entry.lastSeenIn.label : null,
      gist: gistOf(entry.point),
      topics: entry.point.topics,
      alternativeCount: entry.kind === "present" ? (alternativeCount.get(entry.point.id) ?? 0) : 0,
      cells,
      disagreement: positionsDisagree([...latest.values()].map((stance) => stance.position)),
    };
  });

  const wholeLatest = new Map<string, (typeof stances)[number]>();
  for (const stance of stances) {
    if (stance.pointId !== null || stance.versionId !== version.id) continue;
    const seen = wholeLatest.get(stance.partyId);
    if (!seen || isNewerStance(stance, seen)) wholeLatest.set(stance.partyId, stance);
  }

  const topic = filters.topic?.trim() || null;
  const position = filters.position ?? null;
  const disagreements = filters.disagreements ?? false;
  const filtered = topic !== null || position !== null || disagreements;
  const rows = allRows
    .filter((row) => topic === null || row.topics.includes(topic))
    .filter((row) => position === null || row.cells.some((cell) => cell?.position === position))
    .filter((row) => !disagreements || row.disagreement)
    .map((row) => (filtered ? { ...row, depth: 0 } : row));

  return {
    document: { slug: detail.document.slug, title: detail.document.title },
    version: { id: version.id, label: version.label, position: version.position, publishedOn: version.publishedOn },
    versions: detail.versions,
    parties: columns,
    otherPartyCount: ranked.length - columns.length,
    whole: columns.map((party) => toCell(wholeLatest.get(party.id))),
    wholeDisagreement: positionsDisagree([...wholeLatest.values()].map((stance) => stance.position)),
    rows,
    totalRows: allRows.length,
    topics: [...new Set(allRows.flatMap((row) => row.topics))].sort((a, b) => a.localeCompare(b)),
    filters: { topic, position, disagreements, allParties: filters.allParties ?? false },
  };
}
