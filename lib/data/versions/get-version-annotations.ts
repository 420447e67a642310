import "server-only";
import { getDb } from "@/lib/db";
import { diffWords, type DiffOp } from "@/lib/diff";
import { buildProvisionGraph } from "@/lib/lineage/provision-graph";
import { partySelect, type PartySummary } from "../parties/party-summary";

export interface ProvisionNote {
  id: string;
  body: string;
  author: string;
  createdAt: Date;
  /** Where it was written: notes follow the provision to every version. */
  anchor: { versionLabel: string; number: string };
}

export interface PointAlternative {
  id: string;
  text: string;
  note: string | null;
  party: PartySummary;
  createdAt: Date;
  createdBy: string | null;
  /** Word diff from the adopted text to the alternative; null when the adopted text is not known. */
  diff: { ops: DiffOp[]; rewritten: boolean } | null;
}

export interface VersionAnnotations {
  /** Every note on the provision of each point shown (by point id, removed provisions' points included), newest first. */
  notes: Map<string, ProvisionNote[]>;
  /** Alternative wordings tabled for each point of this version, oldest first. */
  alternatives: Map<string, PointAlternative[]>;
}

/**
 * What analysts added to a version's points: the notes of each point's provision
 * (wherever they were written) and the bracketed alternative wordings of its points,
 * each diffed against the adopted text. Four reads, whatever the number of points.
 */
export async function getVersionAnnotations({ versionId }: { versionId: string }): Promise<VersionAnnotations> {
  const db = getDb();
  const inDocument = { document: { versions: { some: { id: versionId } } } };
  const [points, links, noteRows, alternativeRows] = await Promise.all([
    db.point.findMany({ where: { version: inDocument }, select: { id: true, versionId: true } }),
    db.lineageLink.findMany({ where: { fromPoint: { version: inDocument } }, select: { fromPointId: true, toPointId: true } }),
    db.note.findMany({
      where: { point: { version: inDocument } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, body: true, pointId: true, createdAt: true, author: { select: { name: true } }, point: { select: { number: true, version: { select: { label: true } } } } },
    }),
    db.alternative.findMany({
      where: { versionId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, text: true, note: true, pointId: true, createdAt: true, createdBy: { select: { name: true } }, party: { select: partySelect }, point: { select: { text: true } } },
    }),
  ]);

  const graph = buildProvisionGraph(points, links);
  const notesByProvision = new Map<string, ProvisionNote[]>();
  for (const row of noteRows) {
    const key = graph.provisionOf(row.pointId);
    const list = notesByProvision.get(key) ?? [];
    list.push({
      id: row.id,
      body: row.body,
      author: row.author.name,
      createdAt: row.createdAt,
      anchor: { versionLabel: row.point.version.label, number: row.point.number },
    });
    notesByProvision.set(key, list);
  }
  const notes = new Map<string, ProvisionNote[]>();
  for (const point of points) {
    const list = notesByProvision.get(graph.provisionOf(point.id));
    if (list) notes.set(point.id, list);
  }

  const alternatives = new Map<string, PointAlternative[]>();
  for (const row of alternativeRows) {
    const list = alternatives.get(row.pointId) ?? [];
    list.push({
      id: row.id,
      text: row.text,
      note: row.note,
      party: row.party,
      createdAt: row.createdAt,
      createdBy: row.createdBy?.name ?? null,
      diff: row.point.text === null ? null : diffWords(row.point.text, row.text),
    });
    alternatives.set(row.pointId, list);
  }
  return { notes, alternatives };
}
