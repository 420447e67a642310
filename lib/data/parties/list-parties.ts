import "server-only";
import { getDb } from "@/lib/db";
import type { PartyKind } from "@/lib/generated/prisma/enums";
import { isoDay } from "../iso-day";

export type { PartyKind };

export interface PartyListItem {
  id: string;
  slug: string;
  name: string;
  shortLabel: string;
  kind: PartyKind;
  colour: string;
  stanceCount: number;
  /** Documents the party has stated a stance on. */
  documentCount: number;
  alternativeCount: number;
  eventCount: number;
  /** The date of its latest stance. */
  lastStatedOn: string | null;
}

/** Every party, most active first (by stances), then by name. Three reads. */
export async function listParties(): Promise<PartyListItem[]> {
  const db = getDb();
  const [parties, perVersion, versions] = await Promise.all([
    db.party.findMany({
      select: {
        id: true,
        slug: true,
        name: true,
        shortLabel: true,
        kind: true,
        colour: true,
        _count: { select: { stances: true, alternatives: true, events: true } },
      },
    }),
    db.stance.groupBy({ by: ["partyId", "versionId"], _max: { statedOn: true } }),
    db.version.findMany({ select: { id: true, documentId: true } }),
  ]);
  const documentOf = new Map(versions.map((version) => [version.id, version.documentId]));
  const documents = new Map<string, Set<string>>();
  const lastStated = new Map<string, Date>();
  for (const row of perVersion) {
    const set = documents.get(row.partyId) ?? new Set<string>();
    const documentId = documentOf.get(row.versionId);
    if (documentId) set.add(documentId);
    documents.set(row.partyId, set);
    const latest = row._max.statedOn;
    const seen = lastStated.get(row.partyId);
    if (latest && (!seen || latest > seen)) lastStated.set(row.partyId, latest);
  }
  return parties
    .map(({ _count: counts, ...party }) => ({
      ...party,
      stanceCount: counts.stances,
      documentCount: documents.get(party.id)?.size ?? 0,
      alternativeCount: counts.alternatives,
      eventCount: counts.events,
      lastStatedOn: isoDay(lastStated.get(party.id) ?? null),
    }))
    .sort((a, b) => b.stanceCount - a.stanceCount || a.name.localeCompare(b.name));
}
