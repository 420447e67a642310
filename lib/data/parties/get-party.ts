import "server-only";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { PartyKind, StancePosition } from "@/lib/generated/prisma/enums";
import { byNewestStance } from "@/lib/stances/latest-stances";
import { isoDay } from "../iso-day";
import { sourceSelect, toSourceSummaries, type SourceSummary } from "../sources/source-summary";

export interface PartyDetail {
  id: string;
  slug: string;
  name: string;
  shortLabel: string;
  kind: PartyKind;
  colour: string;
  notes: string | null;
  /** What refers to the party; it can be deleted only when all are zero. */
  uses: { stances: number; alternatives: number; events: number };
}

/** Where a stance sits in the stance matrix: its version and the cell's URL segment. */
export interface StanceCellRef {
  documentSlug: string;
  versionLabel: string;
  /** null: the version as a whole; else the point's number, or "removed-<number>" for a provision the version removed. */
  segment: string | null;
}

export interface PartyStance {
  id: string;
  position: StancePosition;
  summary: string;
  quote: string | null;
  statedOn: string;
  sources: SourceSummary[];
  cell: StanceCellRef;
}

export interface PartyStanceSubject {
  /** null for stances on the version as a whole. */
  pointNumber: string | null;
  pointProvisional: boolean;
  /** True when the point is an earlier version's, i.e. a provision this version removed. */
  removed: boolean;
  stances: PartyStance[];
}

export interface PartyStanceGroup {
  document: { slug: string; title: string };
  versions: Array<{ label: string; position: number; subjects: PartyStanceSubject[] }>;
}

export interface PartyWithStances {
  party: PartyDetail;
  groups: PartyStanceGroup[];
}

export interface StanceSegmentInput {
  versionId: string;
  point: { number: string; versionId: string } | null;
}

/** The cell segment of a stance: "whole"→null, a point of its version → number, an earlier point → "removed-<n>". */
export function stanceSegment(stance: StanceSegmentInput): string | null {
  if (!stance.point) return null;
  return stance.point.versionId === stance.versionId ? stance.point.number : `removed-${stance.point.number}`;
}

/**
 * A party and every stance it has stated, grouped by document, then version (in order),
 * then point (the whole version first); newest stance first within a point. Two reads.
 * Throws NotFoundError for an unknown slug.
 */
export async function getParty({ slug }: { slug: string }): Promise<PartyWithStances> {
  const db = getDb();
  const party = await db.party.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      shortLabel: true,
      kind: true,
      colour: true,
      notes: true,
      _count: { select: { stances: true, alternatives: true, events: true } },
    },
  });
  if (!party) throw new NotFoundError(`No party "${slug}".`);

  const rows = await db.stance.findMany({
    where: { partyId: party.id },
    select: {
      id: true,
      partyId: true,
      pointId: true,
      versionId: true,
      position: true,
      summary: true,
      quote: true,
      statedOn: true,
      recordedAt: true,
      sources: { select: { source: { select: sourceSelect } } },
      point: { select: { number: true, numberProvisional: true, versionId: true, position: true } },
      version: { select: { label: true, position: true, document: { select: { slug: true, title: true, createdAt: true } } } },
    },
  });

  const groups = new Map<string, PartyStanceGroup & { createdAt: Date; byVersion: Map<string, { label: string; position: number; bySubject: Map<string, PartyStanceSubject & { order: number }> }> }>();
  for (const row of rows.map((r) => ({ ...r, versionPosition: r.version.position })).sort(byNewestStance)) {
    const document = row.version.document;
    let group = groups.get(document.slug);
    if (!group) {
      group = { document: { slug: document.slug, title: document.title }, versions: [], createdAt: document.createdAt, byVersion: new Map() };
      groups.set(document.slug, group);
    }
    let version = group.byVersion.get(row.versionId);
    if (!version) {
      version = { label: row.version.label, position: row.version.position, bySubject: new Map() };
      group.byVersion.set(row.versionId, version);
    }
    const subjectKey = row.pointId ?? "whole";
    let subject = version.bySubject.get(subjectKey);
    if (!subject) {
      subject = {
        pointNumber: row.point?.number ?? null,
        pointProvisional: row.point?.numberProvisional ?? false,
        removed: row.point !== null && row.point.versionId !== row.versionId,
        stances: [],
        order: row.point ? row.point.position : -1,
      };
      version.bySubject.set(subjectKey, subject);
    }
    subject.stances.push({
      id: row.id,
      position: row.position,
      summary: row.summary,
      quote: row.quote,
      statedOn: isoDay(row.statedOn),
      sources: toSourceSummaries(row.sources),
      cell: { documentSlug: document.slug, versionLabel: row.version.label, segment: stanceSegment(row) },
    });
  }

  const { _count: uses, ...detail } = party;
  return {
    party: { ...detail, uses },
    groups: [...groups.values()]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.document.title.localeCompare(b.document.title))
      .map((group) => ({
        document: group.document,
        versions: [...group.byVersion.values()]
          .sort((a, b) => a.position - b.position)
          .map((version) => ({
            label: version.label,
            position: version.position,
            subjects: [...version.bySubject.values()]
              .sort((a, b) => a.order - b.order)
              .map(({ order: _order, ...subject }) => subject),
          })),
      })),
  };
}
