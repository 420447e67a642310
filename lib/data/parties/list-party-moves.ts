import "server-only";
import { loadProvisionGraph } from "@/lib/data/lineage/load-provision-graph";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { StancePosition } from "@/lib/generated/prisma/enums";
import { movesSince } from "@/lib/stances/party-moves";
import { isoDay } from "../iso-day";
import { stanceSegment, type StanceCellRef } from "./get-party";

export interface MoveEnd {
  stanceId: string;
  position: StancePosition;
  summary: string;
  statedOn: string;
  versionLabel: string;
  /** null: the version as a whole. */
  pointNumber: string | null;
  cell: StanceCellRef;
}

export interface PartyMoveItem {
  document: { slug: string; title: string };
  /** The position held at the end of `since`; null when the party had stated none. */
  before: MoveEnd | null;
  after: MoveEnd;
}

/**
 * Provisions (and whole versions) where the party's position moved after `since`
 * (YYYY-MM-DD): old position → current position, newest first. A provision is followed
 * across versions through its lineage. Throws NotFoundError for an unknown party.
 */
export async function listPartyMoves({ partySlug, since }: { partySlug: string; since: string }): Promise<PartyMoveItem[]> {
  const db = getDb();
  const party = await db.party.findUnique({ where: { slug: partySlug }, select: { id: true } });
  if (!party) throw new NotFoundError(`No party "${partySlug}".`);

  const rows = await db.stance.findMany({
    where: { partyId: party.id },
    select: {
      id: true,
      pointId: true,
      versionId: true,
      position: true,
      summary: true,
      statedOn: true,
      recordedAt: true,
      point: { select: { number: true, versionId: true } },
      version: { select: { label: true, documentId: true, document: { select: { slug: true, title: true } } } },
    },
  });
  const documentIds = [...new Set(rows.map((row) => row.version.documentId))];
  const graph = await loadProvisionGraph(db, documentIds);

  const stances = rows.map((row) => ({
    ...row,
    subjectKey: row.pointId === null ? `version:${row.versionId}` : `provision:${graph.provisionOf(row.pointId)}`,
  }));
  const end = (row: (typeof stances)[number]): MoveEnd => ({
    stanceId: row.id,
    position: row.position,
    summary: row.summary,
    statedOn: isoDay(row.statedOn),
    versionLabel: row.version.label,
    pointNumber: row.point?.number ?? null,
    cell: { documentSlug: row.version.document.slug, versionLabel: row.version.label, segment: stanceSegment(row) },
  });
  return movesSince(stances, new Date(`${since}T00:00:00Z`)).map((move) => ({
    document: { slug: move.after.version.document.slug, title: move.after.version.document.title },
    before: move.before ? end(move.before) : null,
    after: end(move.after),
  }));
}
