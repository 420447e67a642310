import "server-only";
import { loadProvisionGraph } from "@/lib/data/lineage/load-provision-graph";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { StancePosition } from "@/lib/generated/prisma/enums";
import type { CellSubject } from "@/lib/stances/cell-segment";
import { byNewestStance, isNewerStance, latestStancePerParty } from "@/lib/stances/latest-stances";
import { isoDay } from "../iso-day";
import { currentStatuses } from "../statuses/current-statuses";
import { sourceSelect, toSourceSummaries, type SourceSummary } from "../sources/source-summary";

export interface CellStance {
  id: string;
  position: StancePosition;
  summary: string;
  quote: string | null;
  note: string | null;
  statedOn: string;
  recordedAt: Date;
  /** Null for stances that came with the dataset. */
  recordedBy: string | null;
  /** The version the stance was stated about, and the point it named (null: the whole version). */
  versionLabel: string;
  versionPosition: number;
  pointNumber: string | null;
  sources: SourceSummary[];
}

export interface CellPoint {
  id: string;
  number: string;
  numberProvisional: boolean;
  text: string | null;
  summary: string | null;
  topics: string[];
}

export type CellTarget =
  | { kind: "whole" }
  | { kind: "point"; point: CellPoint }
  | { kind: "removed"; point: CellPoint; lastSeenIn: string };

export interface StanceCell {
  document: { id: string; slug: string; title: string };
  version: { id: string; label: string; position: number; publishedOn: string | null };
  party: { id: string; slug: string; name: string; shortLabel: string; colour: string; kind: string };
  target: CellTarget;
  /** The stance the cell shows: the latest about this version or an earlier one. */
  current: CellStance | null;
  /** Every stance of the party on the provision (any version), newest first. */
  history: CellStance[];
}

export interface GetStanceCellOptions {
  documentSlug: string;
  label: string;
  subject: CellSubject;
  partySlug: string;
}

const pointSelect = { id: true, number: true, numberProvisional: true, text: true, summary: true, topics: true } as const;

/**
 * One cell of a version's stance matrix: the party's current stance on the provision
 * (or on the version as a whole) with its evidence, and the cell's full history.
 * Throws NotFoundError for an unknown document, version, point or party.
 */
export async function getStanceCell({ documentSlug, label, subject, partySlug }: GetStanceCellOptions): Promise<StanceCell> {
  const db = getDb();
  const [version, party] = await Promise.all([
    db.version.findFirst({
      where: { label, document: { slug: documentSlug } },
      select: { id: true, label: true, position: true, publishedOn: true, document: { select: { id: true, slug: true, title: true } } },
    }),
    db.party.findUnique({ where: { slug: partySlug }, select: { id: true, slug: true, name: true, shortLabel: true, colour: true, kind: true } }),
  ]);
  if (!version) throw new NotFoundError(`No version "${label}" of document "${documentSlug}".`);
  if (!party) throw new NotFoundError(`No party "${partySlug}".`);

  const target = await findTarget(version, subject);

  const stanceSelect = {
    id: true,
    partyId: true,
    pointId: true,
    versionId: true,
    position: true,
    summary: true,
    quote: true,
    note: true,
    statedOn: true,
    recordedAt: true,
    recordedBy: { select: { name: true } },
    version: { select: { label: true, position: true } },
    point: { select: { number: true } },
    sources: { select: { source: { select: sourceSelect } } },
  } as const;

  let provision: Set<string> | null = null;
  if (target.kind !== "whole") {
    const graph = await loadProvisionGraph(db, version.document.id);
    provision = new Set(graph.pointsOf(graph.provisionOf(target.point.id)));
    provision.add(target.point.id);
  }
  const rows = await db.stance.findMany({
    where: provision ? { partyId: party.id, pointId: { in: [...provision] } } : { partyId: party.id, versionId: version.id, pointId: null },
    select: stanceSelect,
  });
  const stances = rows.map((row) => ({ ...row, versionPosition: row.version.position }));

  let current: (typeof stances)[number] | null = null;
  if (provision) {
    current = latestStancePerParty(stances, provision, version.position).get(party.id) ?? null;
  } else {
    for (const stance of stances) if (!current || isNewerStance(stance, current)) current = stance;
  }

  const toCellStance = (row: (typeof stances)[number]): CellStance => ({
    id: row.id,
    position: row.position,
    summary: row.summary,
    quote: row.quote,
    note: row.note,
    statedOn: isoDay(row.statedOn),
    recordedAt: row.recordedAt,
    recordedBy: row.recordedBy?.name ?? null,
    versionLabel: row.version.label,
    versionPosition: row.version.position,
    pointNumber: row.point?.number ?? null,
    sources: toSourceSummaries(row.sources),
  });

  return {
    document: version.document,
    version: { id: version.id, label: version.label, position: version.position, publishedOn: isoDay(version.publishedOn) },
    party,
    target,
    current: current ? toCellStance(current) : null,
    history: [...stances].sort(byNewestStance).map(toCellStance),
  };
}

async function findTarget(version: { id: string; label: string }, subject: CellSubject): Promise<CellTarget> {
  const db = getDb();
  if (subject.kind === "whole") return { kind: "whole" };
  if (subject.kind === "point") {
    const point = await db.point.findUnique({ where: { versionId_number: { versionId: version.id, number: subject.number } }, select: pointSelect });
    if (!point) throw new NotFoundError(`No point ${subject.number} in version "${version.label}".`);
    return { kind: "point", point };
  }
  // A removed provision: a current "removed" status of this version naming an earlier point.
  const statusRows = await db.pointStatus.findMany({
    where: { versionId: version.id, point: { number: subject.number, versionId: { not: version.id } } },
    select: {
      id: true,
      versionId: true,
      pointId: true,
      status: true,
      createdAt: true,
      point: { select: { ...pointSelect, version: { select: { label: true, position: true } } } },
    },
  });
  const removal = currentStatuses(statusRows)
    .filter((row) => row.status === "removed")
    .sort((a, b) => b.point.version.position - a.point.version.position)[0];
  if (!removal) throw new NotFoundError(`Version "${version.label}" removed no provision numbered ${subject.number}.`);
  const { version: lastSeen, ...point } = removal.point;
  return { kind: "removed", point, lastSeenIn: lastSeen.label };
}
