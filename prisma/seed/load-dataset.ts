import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { datasetSchema, type Dataset } from "./dataset-schema";
import { DEFAULT_PARTY_COLOUR, datasetTextNote, fallbackShortLabel, partyPresentation } from "./presentation";
import { DatasetError, resolveDataset, type PointKey, type ResolvedDataset } from "./resolve-dataset";

type Tx = Prisma.TransactionClient;

export interface LoadSummary {
  inserted: Record<string, number>;
  changed: boolean;
}

/** Validates a raw dataset (parsed JSON) and resolves its references; throws DatasetError. */
export function parseDataset(raw: unknown): ResolvedDataset {
  const result = datasetSchema.safeParse(raw);
  if (!result.success) {
    throw new DatasetError(
      result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
    );
  }
  return resolveDataset(result.data);
}

function formatPath(path: PropertyKey[]): string {
  return path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("").replace(/^\./, "") || "(root)";
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const pointKeyString = (key: PointKey) => `${key.document}\u0000${key.version}\u0000${key.number}`;

/**
 * Loads a dataset in one transaction, inserting only what is missing (matched by
 * natural keys: source key, party slug, document slug, version label, point number,
 * and for stances/events/questions their full content). Loading twice changes nothing;
 * existing rows are never rewritten. A version is loaded whole or not at all.
 */
export async function loadDataset(db: Database, resolved: ResolvedDataset, datasetName: string): Promise<LoadSummary> {
  return db.$transaction(
    async (tx) => {
      const inserted: Record<string, number> = {};
      const count = (what: string, n: number) => {
        if (n > 0) inserted[what] = (inserted[what] ?? 0) + n;
      };
      const { dataset } = resolved;

      const sourceIds = await loadSources(tx, dataset, count);
      const partyIds = await loadParties(tx, dataset, count);
      const documentIds = await loadDocuments(tx, dataset, count);
      const pointIds = await loadVersions(tx, resolved, { documentIds, sourceIds }, count);
      await loadStances(tx, resolved, { partyIds, pointIds, sourceIds }, count);
      await loadEvents(tx, dataset, { partyIds, sourceIds }, count);
      await loadOpenQuestions(tx, dataset, count);

      const changed = Object.keys(inserted).length > 0;
      if (changed) {
        await tx.auditEntry.create({
          data: {
            action: "dataset.load",
            entityType: "dataset",
            entityId: datasetName,
            after: inserted,
          },
        });
      }
      return { inserted, changed };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

type Count = (what: string, n: number) => void;

async function loadSources(tx: Tx, dataset: Dataset, count: Count): Promise<Map<string, string>> {
  const { count: n } = await tx.source.createMany({
    data: dataset.sources.map((source) => ({
      key: source.id,
      outlet: source.outlet,
      title: source.title,
      url: source.url,
      publishedOn: source.published ? day(source.published) : null,
      reliability: source.reliability === "reputable-report" ? "reputable_report" : source.reliability,
    })),
    skipDuplicates: true,
  });
  count("sources", n);
  const rows = await tx.source.findMany({
    where: { key: { in: dataset.sources.map((source) => source.id) } },
    select: { id: true, key: true },
  });
  return new Map(rows.map((row) => [row.key, row.id]));
}

async function loadParties(tx: Tx, dataset: Dataset, count: Count): Promise<Map<string, string>> {
  const { count: n } = await tx.party.createMany({
    data: dataset.parties.map((party) => ({
      slug: party.slug,
      name: party.name,
      kind: party.kind,
      notes: party.notes ?? null,
      shortLabel: partyPresentation[party.slug]?.shortLabel ?? fallbackShortLabel(party.name),
      colour: partyPresentation[party.slug]?.colour ?? DEFAULT_PARTY_COLOUR,
    })),
    skipDuplicates: true,
  });
  count("parties", n);
  const rows = await tx.party.findMany({
    where: { slug: { in: dataset.parties.map((party) => party.slug) } },
    select: { id: true, slug: true },
  });
  return new Map(rows.map((row) => [row.slug, row.id]));
}

async function loadDocuments(tx: Tx, dataset: Dataset, count: Count): Promise<Map<string, string>> {
  const { count: n } = await tx.document.createMany({
    data: dataset.documents.map((document) => ({
      slug: document.slug,
      title: document.title,
      summary: document.summary.trim() || null,
      textNote: datasetTextNote,
    })),
    skipDuplicates: true,
  });
  count("documents", n);
  const rows = await tx.document.findMany({
    where: { slug: { in: dataset.documents.map((document) => document.slug) } },
    select: { id: true, slug: true },
  });
  return new Map(rows.map((row) => [row.slug, row.id]));
}

async function loadVersions(
  tx: Tx,
  resolved: ResolvedDataset,
  ids: { documentIds: Map<string, string>; sourceIds: Map<string, string> },
  count: Count,
): Promise<Map<string, string>> {
  const pointIds = new Map<string, string>();
  const source = (key: string) => ids.sourceIds.get(key) as string;

  for (const version of resolved.versions) {
    const documentId = ids.documentIds.get(version.document) as string;
    const existing = await tx.version.findUnique({
      where: { documentId_label: { documentId, label: version.label } },
      select: { id: true, points: { select: { id: true, number: true } } },
    });
    if (existing) {
      for (const point of existing.points) {
        pointIds.set(pointKeyString({ document: version.document, version: version.label, number: point.number }), point.id);
      }
      continue;
    }

    const versionId = randomUUID();
    await tx.version.create({
      data: {
        id: versionId,
        documentId,
        label: version.label,
        position: version.position,
        publishedOn: version.publishedOn ? day(version.publishedOn) : null,
        origin: version.origin,
        textStatus: version.textStatus,
        sources: { create: version.sourceKeys.map((key) => ({ sourceId: source(key) })) },
      },
    });
    count("versions", 1);

    const localIds = new Map<string, string>();
    for (const point of version.points) {
      const id = randomUUID();
      localIds.set(point.key.number, id);
      pointIds.set(pointKeyString(point.key), id);
    }
    // Parents before sub-points, so each row's parent already exists.
    const ordered = [...version.points].sort((a, b) => Number(a.parentNumber !== null) - Number(b.parentNumber !== null));
    await tx.point.createMany({
      data: ordered.map((point) => ({
        id: localIds.get(point.key.number) as string,
        versionId,
        number: point.key.number,
        numberProvisional: point.numberProvisional,
        position: point.position,
        parentId: point.parentNumber === null ? null : (localIds.get(point.parentNumber) as string),
        text: point.text,
        summary: point.summary,
        topics: point.topics,
        note: point.note,
      })),
    });
    await tx.pointSource.createMany({
      data: version.points.flatMap((point) =>
        point.sourceKeys.map((key) => ({ pointId: localIds.get(point.key.number) as string, sourceId: source(key) })),
      ),
    });
    count("points", version.points.length);

    const statusRows = version.statuses.map((status) => ({
      id: randomUUID(),
      versionId,
      pointId: pointIds.get(pointKeyString(status.point)) as string,
      status: status.status,
      summary: status.summary,
      note: status.note,
      sourceKeys: status.sourceKeys,
    }));
    await tx.pointStatus.createMany({
      data: statusRows.map(({ sourceKeys: _sourceKeys, ...row }) => row),
    });
    await tx.pointStatusSource.createMany({
      data: statusRows.flatMap((row) => row.sourceKeys.map((key) => ({ pointStatusId: row.id, sourceId: source(key) }))),
    });
    count("pointStatuses", statusRows.length);

    await tx.lineageLink.createMany({
      data: version.links.map((link) => ({
        fromPointId: pointIds.get(pointKeyString(link.from)) as string,
        toPointId: pointIds.get(pointKeyString(link.to)) as string,
        type: link.type,
        confidence: 1,
        method: "manual" as const,
        note: "Stated by the dataset (predecessor)",
      })),
    });
    count("lineageLinks", version.links.length);
  }
  return pointIds;
}

async function loadStances(
  tx: Tx,
  resolved: ResolvedDataset,
  ids: { partyIds: Map<string, string>; pointIds: Map<string, string>; sourceIds: Map<string, string> },
  count: Count,
): Promise<void> {
  const versions = await tx.version.findMany({
    select: { id: true, label: true, document: { select: { slug: true } } },
  });
  const versionId = (document: string, label: string) =>
    versions.find((version) => version.document.slug === document && version.label === label)?.id as string;

  const candidates = resolved.stances.map((stance) => ({
    id: randomUUID(),
    partyId: ids.partyIds.get(stance.party) as string,
    versionId: versionId(stance.document, stance.version),
    pointId: stance.point ? (ids.pointIds.get(pointKeyString(stance.point)) as string) : null,
    position: stance.position,
    summary: stance.summary,
    quote: stance.quote,
    statedOn: day(stance.statedOn),
    sourceKeys: stance.sourceKeys,
  }));
  const existing = await tx.stance.findMany({
    where: { recordedById: null, versionId: { in: [...new Set(candidates.map((c) => c.versionId))] } },
    select: { partyId: true, versionId: true, pointId: true, statedOn: true, summary: true },
  });
  const identity = (s: { partyId: string; versionId: string; pointId: string | null; statedOn: Date; summary: string }) =>
    [s.partyId, s.versionId, s.pointId ?? "*", s.statedOn.toISOString(), s.summary].join("\u0000");
  const known = new Set(existing.map(identity));
  const missing = candidates.filter((candidate) => !known.has(identity(candidate)));

  await tx.stance.createMany({ data: missing.map(({ sourceKeys: _sourceKeys, ...row }) => row) });
  await tx.stanceSource.createMany({
    data: missing.flatMap((row) => row.sourceKeys.map((key) => ({ stanceId: row.id, sourceId: ids.sourceIds.get(key) as string }))),
  });
  count("stances", missing.length);
}

async function loadEvents(
  tx: Tx,
  dataset: Dataset,
  ids: { partyIds: Map<string, string>; sourceIds: Map<string, string> },
  count: Count,
): Promise<void> {
  const existing = await tx.event.findMany({ select: { occurredOn: true, title: true } });
  const known = new Set(existing.map((event) => `${event.occurredOn.toISOString().slice(0, 10)}\u0000${event.title}`));
  const missing = dataset.events
    .filter((event) => !known.has(`${event.date}\u0000${event.title}`))
    .map((event) => ({ ...event, id: randomUUID() }));

  await tx.event.createMany({
    data: missing.map((event) => ({ id: event.id, occurredOn: day(event.date), title: event.title, summary: event.summary })),
  });
  await tx.eventParty.createMany({
    data: missing.flatMap((event) => event.parties.map((party) => ({ eventId: event.id, partyId: ids.partyIds.get(party) as string }))),
  });
  await tx.eventSource.createMany({
    data: missing.flatMap((event) => event.sourceIds.map((key) => ({ eventId: event.id, sourceId: ids.sourceIds.get(key) as string }))),
  });
  count("events", missing.length);
}

async function loadOpenQuestions(tx: Tx, dataset: Dataset, count: Count): Promise<void> {
  const existing = await tx.openQuestion.findMany({ where: { documentId: null }, select: { text: true, position: true } });
  const known = new Set(existing.map((question) => question.text));
  const start = existing.reduce((max, question) => Math.max(max, question.position), 0);
  const missing = dataset.openQuestions.filter((text) => !known.has(text));
  await tx.openQuestion.createMany({
    data: missing.map((text, index) => ({ text, position: start + index + 1 })),
  });
  count("openQuestions", missing.length);
}
