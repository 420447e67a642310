import "server-only";
import { getDb } from "@/lib/db";
import { diffJoined, type DiffOp } from "@/lib/diff";
import { NotFoundError } from "@/lib/errors";
import type { LineageMethod, LineageType, PointStatusValue, StancePosition, TextStatus } from "@/lib/generated/prisma/enums";
import { buildProvisionGraph } from "@/lib/lineage/provision-graph";
import { byNewestStance } from "@/lib/stances/latest-stances";
import { isoDay } from "../iso-day";
import { partySelect, type PartySummary } from "../parties/party-summary";
import { sourceSelect, toSourceSummaries, type SourceSummary } from "../sources/source-summary";
import { currentStatuses } from "../statuses/current-statuses";
import { statusDetailSelect } from "../statuses/status-select";

export interface HistoryPoint {
  id: string;
  number: string;
  numberProvisional: boolean;
  text: string | null;
  summary: string | null;
  topics: string[];
  note: string | null;
  sources: SourceSummary[];
  status: { value: PointStatusValue; summary: string | null; note: string | null; sources: SourceSummary[] } | null;
}

export interface HistoryEntry {
  version: { id: string; label: string; position: number; publishedOn: string | null; textStatus: TextStatus };
  /** "absent": the provision is neither in this version nor recorded as removed by it. */
  presence: "present" | "removed" | "absent";
  points: HistoryPoint[];
  removal: { summary: string | null; note: string | null; sources: SourceSummary[] } | null;
  /** Word diff against the latest earlier version where the provision had text. */
  diffToPrevious: { previousLabel: string; ops: DiffOp[]; rewritten: boolean } | null;
}

export interface HistoryStance {
  id: string;
  party: PartySummary;
  position: StancePosition;
  summary: string;
  quote: string | null;
  note: string | null;
  statedOn: string;
  recordedAt: string;
  recordedBy: string | null;
  versionLabel: string;
  pointNumber: string | null;
  sources: SourceSummary[];
}

export interface HistoryLink {
  id: string;
  from: { versionLabel: string; number: string; pointId: string };
  to: { versionLabel: string; number: string; pointId: string };
  type: LineageType;
  method: LineageMethod;
  confidence: number;
  confirmedBy: string | null;
  note: string | null;
}

export interface HistoryNote {
  id: string;
  body: string;
  author: string;
  createdAt: string;
  /** Where the note was written: it follows the provision to every version. */
  anchor: { versionLabel: string; number: string };
}

export interface HistoryAlternative {
  id: string;
  text: string;
  note: string | null;
  party: PartySummary;
  versionLabel: string;
  pointNumber: string;
  /** The adopted wording in that version, to diff the alternative against (null if unreleased). */
  adoptedText: string | null;
  createdAt: string;
}

export interface PointHistory {
  document: { slug: string; title: string; textNote: string | null };
  focus: { pointId: string; versionLabel: string; number: string; numberProvisional: boolean };
  entries: HistoryEntry[];
  stances: HistoryStance[];
  links: HistoryLink[];
  notes: HistoryNote[];
  alternatives: HistoryAlternative[];
}

/**
 * One provision across every version of its document: the point(s) standing for it in
 * each version, their status, the diff to the previous wording, the lineage links that
 * tie it together, and every stance on it. A constant number of queries.
 */
export async function getPointHistory(options: { documentSlug: string; versionLabel: string; number: string }): Promise<PointHistory> {
  const db = getDb();
  const focus = await db.point.findFirst({
    where: { number: options.number, version: { label: options.versionLabel, document: { slug: options.documentSlug } } },
    select: {
      id: true,
      number: true,
      numberProvisional: true,
      version: {
        select: {
          label: true,
          document: {
            select: {
              id: true,
              slug: true,
              title: true,
              textNote: true,
              versions: { orderBy: { position: "asc" }, select: { id: true, label: true, position: true, publishedOn: true, textStatus: true } },
            },
          },
        },
      },
    },
  });
  if (!focus) {
    throw new NotFoundError(`No point ${options.number} in version "${options.versionLabel}" of document "${options.documentSlug}".`);
  }
  const document = focus.version.document;

  const [documentPoints, links] = await Promise.all([
    db.point.findMany({ where: { version: { documentId: document.id } }, select: { id: true, versionId: true } }),
    db.lineageLink.findMany({
      where: { fromPoint: { version: { documentId: document.id } } },
      select: {
        id: true,
        fromPointId: true,
        toPointId: true,
        type: true,
        method: true,
        confidence: true,
        note: true,
        confirmedBy: { select: { name: true } },
      },
    }),
  ]);
  const graph = buildProvisionGraph(documentPoints, links);
  const provisionIds = graph.pointsOf(graph.provisionOf(focus.id));

  const [points, statusRows, stanceRows, noteRows, alternativeRows] = await Promise.all([
    db.point.findMany({
      where: { id: { in: provisionIds } },
      orderBy: { position: "asc" },
      select: {
        id: true,
        versionId: true,
        number: true,
        numberProvisional: true,
        text: true,
        summary: true,
        topics: true,
        note: true,
        sources: { select: { source: { select: sourceSelect } } },
      },
    }),
    db.pointStatus.findMany({
      where: { pointId: { in: provisionIds } },
      select: statusDetailSelect,
    }),
    db.stance.findMany({
      where: { pointId: { in: provisionIds } },
      select: {
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
        party: { select: partySelect },
        sources: { select: { source: { select: sourceSelect } } },
      },
    }),
    db.note.findMany({
      where: { pointId: { in: provisionIds } },
      orderBy: { createdAt: "desc" },
      select: { id: true, body: true, pointId: true, createdAt: true, author: { select: { name: true } } },
    }),
    db.alternative.findMany({
      where: { pointId: { in: provisionIds } },
      orderBy: { createdAt: "asc" },
      select: { id: true, text: true, note: true, pointId: true, versionId: true, createdAt: true, party: { select: partySelect } },
    }),
  ]);

  const versionById = new Map(document.versions.map((version) => [version.id, version]));
  const pointById = new Map(points.map((point) => [point.id, point]));
  const statuses = currentStatuses(statusRows);
  const statusOf = (versionId: string, pointId: string) =>
    statuses.find((row) => row.versionId === versionId && row.pointId === pointId);

  let previousWithText: { label: string; texts: string[] } | null = null;
  const entries: HistoryEntry[] = document.versions.map((version) => {
    const here = points.filter((point) => point.versionId === version.id);
    const removalRow = here.length === 0 ? statuses.find((row) => row.versionId === version.id && row.status === "removed") : undefined;
    const texts = here.map((point) => point.text);
    let diffToPrevious: HistoryEntry["diffToPrevious"] = null;
    if (here.length > 0 && texts.every((text): text is string => text !== null)) {
      if (previousWithText) {
        const diff = diffJoined(previousWithText.texts, texts);
        diffToPrevious = { previousLabel: previousWithText.label, ops: diff.ops, rewritten: diff.rewritten };
      }
      previousWithText = { label: version.label, texts };
    }
    return {
      version: { ...version, publishedOn: isoDay(version.publishedOn) },
      presence: here.length > 0 ? "present" : removalRow ? "removed" : "absent",
      points: here.map((point) => {
        const status = statusOf(version.id, point.id);
        return {
          id: point.id,
          number: point.number,
          numberProvisional: point.numberProvisional,
          text: point.text,
          summary: point.summary,
          topics: point.topics,
          note: point.note,
          sources: toSourceSummaries(point.sources),
          status: status
            ? { value: status.status, summary: status.summary, note: status.note, sources: toSourceSummaries(status.sources) }
            : null,
        };
      }),
      removal: removalRow
        ? { summary: removalRow.summary, note: removalRow.note, sources: toSourceSummaries(removalRow.sources) }
        : null,
      diffToPrevious,
    };
  });

  const label = (pointId: string) => {
    const point = pointById.get(pointId);
    return { pointId, number: point?.number ?? "?", versionLabel: versionById.get(point?.versionId ?? "")?.label ?? "?" };
  };
  const provision = new Set(provisionIds);
  return {
    document: { slug: document.slug, title: document.title, textNote: document.textNote },
    focus: { pointId: focus.id, versionLabel: focus.version.label, number: focus.number, numberProvisional: focus.numberProvisional },
    entries,
    stances: stanceRows
      .map((row) => ({ ...row, versionPosition: versionById.get(row.versionId)?.position ?? 0 }))
      .sort(byNewestStance)
      .map((row) => ({
        id: row.id,
        party: row.party,
        position: row.position,
        summary: row.summary,
        quote: row.quote,
        note: row.note,
        statedOn: isoDay(row.statedOn),
        recordedAt: row.recordedAt.toISOString(),
        recordedBy: row.recordedBy?.name ?? null,
        versionLabel: versionById.get(row.versionId)?.label ?? "",
        pointNumber: row.pointId ? (pointById.get(row.pointId)?.number ?? null) : null,
        sources: toSourceSummaries(row.sources),
      })),
    notes: noteRows.map((row) => ({
      id: row.id,
      body: row.body,
      author: row.author.name,
      createdAt: row.createdAt.toISOString(),
      anchor: { versionLabel: label(row.pointId).versionLabel, number: label(row.pointId).number },
    })),
    alternatives: alternativeRows.map((row) => ({
      id: row.id,
      text: row.text,
      note: row.note,
      party: row.party,
      versionLabel: versionById.get(row.versionId)?.label ?? "",
      pointNumber: label(row.pointId).number,
      adoptedText: pointById.get(row.pointId)?.text ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
    links: links
      .filter((link) => provision.has(link.fromPointId))
      .map((link) => ({
        id: link.id,
        from: label(link.fromPointId),
        to: label(link.toPointId),
        type: link.type,
        method: link.method,
        confidence: link.confidence,
        confirmedBy: link.confirmedBy?.name ?? null,
        note: link.note,
      })),
  };
}
