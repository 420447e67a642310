import { alignPoints, type AlignedRow, type RowKind } from "@/lib/align";
import { diffJoined, type DiffOp } from "@/lib/diff";
import type { ProvisionGraph } from "@/lib/lineage/provision-graph";
import { lineageConfirmations, type StatusEvent } from "@/lib/lineage/confirmations";

/**
 * Assembles a comparison of two versions from loaded rows: lineage settles what it
 * can, the alignment engine the rest, and every aligned pair gets a bounded word diff
 * (splits and merges against the joined texts).
 */

export const ROW_KINDS: readonly RowKind[] = [
  "unchanged",
  "modified",
  "renumbered",
  "moved",
  "split",
  "merged",
  "added",
  "removed",
  "unknown",
];

export interface ComparablePoint {
  id: string;
  number: string;
  numberProvisional: boolean;
  position: number;
  text: string | null;
  summary: string | null;
  topics: string[];
}

export interface ComparableVersion<P extends ComparablePoint = ComparablePoint> {
  id: string;
  position: number;
  points: P[];
}

export interface ComparedRow<P extends ComparablePoint = ComparablePoint> {
  kind: RowKind;
  similarity: number | null;
  confirmed: boolean;
  from: P[];
  to: P[];
  /** Null when a side has no text to compare. */
  diff: DiffOp[] | null;
  /** The texts differ too much for a useful word diff: show both in full. */
  rewritten: boolean;
}

export interface BuiltComparison<P extends ComparablePoint> {
  rows: ComparedRow<P>[];
  summary: Record<RowKind, number>;
}

export function buildComparison<P extends ComparablePoint>(input: {
  from: ComparableVersion<P>;
  to: ComparableVersion<P>;
  graph: ProvisionGraph;
  statusEvents: StatusEvent[];
  rejectedLinks?: { fromId: string; toId: string }[];
}): BuiltComparison<P> {
  const { from, to } = input;
  const confirmations = lineageConfirmations({
    graph: input.graph,
    from: { position: from.position, pointIds: from.points.map((p) => p.id) },
    to: { position: to.position, pointIds: to.points.map((p) => p.id) },
    statusEvents: input.statusEvents,
  });
  const aligned = alignPoints(from.points, to.points, {
    ...confirmations,
    rejectedLinks: input.rejectedLinks ?? [],
  });

  const fromById = new Map(from.points.map((p) => [p.id, p]));
  const toById = new Map(to.points.map((p) => [p.id, p]));
  const rows = aligned.map((row) => toComparedRow(row, fromById, toById));

  const summary = Object.fromEntries(ROW_KINDS.map((kind) => [kind, 0])) as Record<RowKind, number>;
  for (const row of rows) summary[row.kind] += 1;
  return { rows, summary };
}

function toComparedRow<P extends ComparablePoint>(
  row: AlignedRow,
  fromById: Map<string, P>,
  toById: Map<string, P>,
): ComparedRow<P> {
  const fromPoints = row.from.map((id) => fromById.get(id)).filter((p): p is P => p !== undefined);
  const toPoints = row.to.map((id) => toById.get(id)).filter((p): p is P => p !== undefined);
  const comparable =
    fromPoints.length > 0 &&
    toPoints.length > 0 &&
    row.kind !== "unknown" &&
    fromPoints.every((p) => p.text !== null) &&
    toPoints.every((p) => p.text !== null);
  const diff = comparable
    ? diffJoined(
        fromPoints.map((p) => p.text as string),
        toPoints.map((p) => p.text as string),
      )
    : null;
  return {
    kind: row.kind,
    similarity: row.similarity,
    confirmed: row.confirmed,
    from: fromPoints,
    to: toPoints,
    diff: diff?.ops ?? null,
    rewritten: diff?.rewritten ?? false,
  };
}
