import "server-only";
import { describeChange, FEED_ACTION_PREFIXES, type FieldChange } from "@/lib/changes/describe-change";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "../iso-day";
import { partySelect, type PartySummary } from "../parties/party-summary";
import { stanceSegment } from "../parties/get-party";

/** What a change links to; the page turns it into a URL. */
export type ChangeTarget =
  | { kind: "stance-cell"; documentSlug: string; versionLabel: string; segment: string | null; partySlug: string }
  | { kind: "point"; documentSlug: string; versionLabel: string; number: string }
  | { kind: "version"; documentSlug: string; versionLabel: string }
  | { kind: "document"; documentSlug: string }
  | { kind: "party"; partySlug: string }
  | { kind: "parties" }
  | { kind: "home" };

interface ChangeBase {
  /** Stable: the audit entry's or the version's id. */
  id: string;
  at: Date;
  /** Who made it; null for the system (e.g. loading the dataset). */
  actor: string | null;
  document: { slug: string; title: string } | null;
  target: ChangeTarget;
}

export interface EditChange extends ChangeBase {
  kind: "edit";
  action: string;
  title: string;
  fields: FieldChange[];
  reason: string | null;
  party: PartySummary | null;
}

export interface VersionChange extends ChangeBase {
  kind: "version";
  title: string;
  version: { label: string; publishedOn: string | null; origin: string | null };
}

export type ChangeItem = EditChange | VersionChange;

export interface ChangePage {
  items: ChangeItem[];
  /** Pass as `before` for the next (older) page; null when there is none. */
  nextBefore: Date | null;
  filters: { document: { slug: string; title: string } | null; party: PartySummary | null; before: Date | null };
}

export interface ListChangesOptions {
  documentSlug?: string | null;
  partySlug?: string | null;
  /** Only changes strictly older than this moment (the pagination cursor). */
  before?: Date | null;
  limit?: number;
}

export const DEFAULT_CHANGE_PAGE_SIZE = 30;

/**
 * Recent edits (audit entries of stances, statuses, notes, alternatives, parties,
 * lineage and dataset loads — never of accounts) and new versions, newest first.
 * Filter by document and/or party (a party filter leaves out new versions, which
 * belong to no party). Pages never split changes made at the same moment.
 * Throws NotFoundError for an unknown document or party slug.
 */
export async function listChanges(options: ListChangesOptions = {}): Promise<ChangePage> {
  const db = getDb();
  const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_CHANGE_PAGE_SIZE, 200));
  const before = options.before ?? null;

  const [document, party] = await Promise.all([
    options.documentSlug ? db.document.findUnique({ where: { slug: options.documentSlug }, select: { id: true, slug: true, title: true } }) : null,
    options.partySlug ? db.party.findUnique({ where: { slug: options.partySlug }, select: partySelect }) : null,
  ]);
  if (options.documentSlug && !document) throw new NotFoundError(`No document "${options.documentSlug}".`);
  if (options.partySlug && !party) throw new NotFoundError(`No party "${options.partySlug}".`);

  const auditWhere = (at: Prisma.DateTimeFilter | undefined): Prisma.AuditEntryWhereInput => ({
    OR: FEED_ACTION_PREFIXES.map((prefix) => ({ action: { startsWith: prefix } })),
    ...(document ? { documentId: document.id } : {}),
    ...(party ? { partyId: party.id } : {}),
    ...(at ? { at } : {}),
  });
  const versionWhere = (createdAt: Prisma.DateTimeFilter | undefined): Prisma.VersionWhereInput => ({
    ...(document ? { documentId: document.id } : {}),
    ...(createdAt ? { createdAt } : {}),
  });
  const includeVersions = !party;
  const auditSelect = { id: true, at: true, action: true, entityType: true, entityId: true, documentId: true, partyId: true, before: true, after: true, reason: true, actor: { select: { name: true } } } as const;
  const versionSelect = { id: true, createdAt: true, label: true, publishedOn: true, origin: true, documentId: true, createdBy: { select: { name: true } } } as const;

  const older = before ? { lt: before } : undefined;
  const [audits, versions] = await Promise.all([
    db.auditEntry.findMany({ where: auditWhere(older), orderBy: [{ at: "desc" }, { id: "desc" }], take: limit + 1, select: auditSelect }),
    includeVersions
      ? db.version.findMany({ where: versionWhere(older), orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit + 1, select: versionSelect })
      : [],
  ]);

  type Raw = { at: Date; audit?: (typeof audits)[number]; version?: (typeof versions)[number] };
  const newestFirst = (a: Raw, b: Raw) =>
    b.at.getTime() - a.at.getTime() || (a.version ? 0 : 1) - (b.version ? 0 : 1) || idOf(b).localeCompare(idOf(a));
  let merged: Raw[] = [...audits.map((audit) => ({ at: audit.at, audit })), ...versions.map((version) => ({ at: version.createdAt, version }))].sort(newestFirst);
  let nextBefore: Date | null = null;
  if (merged.length > limit) {
    // Cut after the limit, but keep every change made at the boundary moment together.
    const boundary = merged[limit - 1]!.at;
    const [tiedAudits, tiedVersions] = await Promise.all([
      db.auditEntry.findMany({ where: auditWhere({ equals: boundary }), select: auditSelect }),
      includeVersions ? db.version.findMany({ where: versionWhere({ equals: boundary }), select: versionSelect }) : [],
    ]);
    merged = [
      ...merged.filter((item) => item.at.getTime() > boundary.getTime()),
      ...tiedAudits.map((audit) => ({ at: audit.at, audit })),
      ...tiedVersions.map((version) => ({ at: version.createdAt, version })),
    ].sort(newestFirst);
    nextBefore = boundary;
  }

  const items = await resolveChanges(merged);
  return {
    items,
    nextBefore,
    filters: { document: document ? { slug: document.slug, title: document.title } : null, party, before },
  };
}

async function resolveChanges(
  raw: Array<{
    at: Date;
    audit?: {
      id: string;
      at: Date;
      action: string;
      entityType: string;
      entityId: string;
      documentId: string | null;
      partyId: string | null;
      before: unknown;
      after: unknown;
      reason: string | null;
      actor: { name: string } | null;
    };
    version?: { id: string; createdAt: Date; label: string; publishedOn: Date | null; origin: string | null; documentId: string; createdBy: { name: string } | null };
  }>,
): Promise<ChangeItem[]> {
  const db = getDb();
  const audits = raw.flatMap((item) => (item.audit ? [item.audit] : []));
  const idsOf = (type: string) => audits.filter((audit) => audit.entityType === type).map((audit) => audit.entityId).filter(isUuid);
  const documentIds = [...new Set([...audits.map((audit) => audit.documentId), ...raw.map((item) => item.version?.documentId ?? null)].filter((id) => id !== null))];
  const partyIds = [...new Set(audits.map((audit) => audit.partyId).filter((id) => id !== null))];
  const pointRef = { select: { number: true, versionId: true, version: { select: { label: true } } } } as const;

  const [documents, parties, stances, statuses, notes, alternatives, links, rejections] = await Promise.all([
    db.document.findMany({ where: { id: { in: documentIds } }, select: { id: true, slug: true, title: true } }),
    db.party.findMany({ where: { id: { in: partyIds } }, select: partySelect }),
    db.stance.findMany({ where: { id: { in: idsOf("stance") } }, select: { id: true, versionId: true, version: { select: { label: true } }, point: { select: { number: true, versionId: true } }, party: { select: { slug: true } } } }),
    db.pointStatus.findMany({ where: { id: { in: idsOf("pointStatus") } }, select: { id: true, version: { select: { label: true } }, point: { select: { number: true } } } }),
    db.note.findMany({ where: { id: { in: idsOf("note") } }, select: { id: true, point: pointRef } }),
    db.alternative.findMany({ where: { id: { in: idsOf("alternative") } }, select: { id: true, point: pointRef } }),
    db.lineageLink.findMany({ where: { id: { in: idsOf("lineageLink") } }, select: { id: true, toPoint: pointRef } }),
    db.lineageRejection.findMany({ where: { id: { in: idsOf("lineageRejection") } }, select: { id: true, toPoint: pointRef } }),
  ]);
  const documentById = new Map(documents.map((row) => [row.id, { slug: row.slug, title: row.title }]));
  const partyById = new Map(parties.map((row) => [row.id, row]));
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
  const [stanceById, statusById, noteById, alternativeById, linkById, rejectionById] = [
    byId(stances),
    byId(statuses),
    byId(notes),
    byId(alternatives),
    byId(links),
    byId(rejections),
  ];

  return raw.map((item): ChangeItem => {
    if (item.version) {
      const version = item.version;
      const document = documentById.get(version.documentId) ?? null;
      return {
        kind: "version",
        id: version.id,
        at: version.createdAt,
        actor: version.createdBy?.name ?? null,
        document,
        title: `New version: ${version.label}`,
        version: { label: version.label, publishedOn: isoDay(version.publishedOn), origin: version.origin },
        target: document ? { kind: "version", documentSlug: document.slug, versionLabel: version.label } : { kind: "home" },
      };
    }
    const audit = item.audit!;
    const document = audit.documentId ? (documentById.get(audit.documentId) ?? null) : null;
    const party = audit.partyId ? (partyById.get(audit.partyId) ?? null) : null;
    const fallback: ChangeTarget = document ? { kind: "document", documentSlug: document.slug } : { kind: "home" };
    const pointTarget = (point: { number: string; version: { label: string } } | undefined): ChangeTarget =>
      point && document ? { kind: "point", documentSlug: document.slug, versionLabel: point.version.label, number: point.number } : fallback;

    let target: ChangeTarget = fallback;
    switch (audit.entityType) {
      case "stance": {
        const stance = stanceById.get(audit.entityId);
        if (stance && document) {
          target = { kind: "stance-cell", documentSlug: document.slug, versionLabel: stance.version.label, segment: stanceSegment(stance), partySlug: stance.party.slug };
        }
        break;
      }
      case "pointStatus": {
        const status = statusById.get(audit.entityId);
        if (status && document) target = { kind: "point", documentSlug: document.slug, versionLabel: status.version.label, number: status.point.number };
        break;
      }
      case "note":
        target = pointTarget(noteById.get(audit.entityId)?.point);
        break;
      case "alternative":
        target = pointTarget(alternativeById.get(audit.entityId)?.point);
        break;
      case "lineageLink":
        target = pointTarget(linkById.get(audit.entityId)?.toPoint);
        break;
      case "lineageRejection":
        target = pointTarget(rejectionById.get(audit.entityId)?.toPoint);
        break;
      case "party":
        target = party ? { kind: "party", partySlug: party.slug } : { kind: "parties" };
        break;
    }
    const description = describeChange(audit);
    return {
      kind: "edit",
      id: audit.id,
      at: audit.at,
      actor: audit.actor?.name ?? null,
      document,
      party,
      action: audit.action,
      title: description.title,
      fields: description.fields,
      reason: audit.reason,
      target,
    };
  });
}

function idOf(item: { audit?: { id: string }; version?: { id: string } }): string {
  return item.audit?.id ?? item.version?.id ?? "";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isUuid(value: string): boolean {
  return UUID.test(value);
}
