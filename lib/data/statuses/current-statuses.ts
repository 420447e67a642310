import type { PointStatusValue } from "@/lib/generated/prisma/enums";

export type { PointStatusValue };

/** How many points of a version currently have each status; statuses with no point are absent. */
export type StatusCounts = Partial<Record<PointStatusValue, number>>;

interface StatusRow {
  id: string;
  versionId: string;
  pointId: string;
  createdAt: Date;
}

function isLater(a: StatusRow, b: StatusRow): boolean {
  const byTime = a.createdAt.getTime() - b.createdAt.getTime();
  return byTime !== 0 ? byTime > 0 : a.id > b.id;
}

/**
 * Status rows are append-only history: the current status of a point in a version is
 * its latest row (by createdAt, then id). Returns one row per (version, point).
 */
export function currentStatuses<Row extends StatusRow>(rows: Iterable<Row>): Row[] {
  const latest = new Map<string, Row>();
  for (const row of rows) {
    const key = `${row.versionId}/${row.pointId}`;
    const seen = latest.get(key);
    if (!seen || isLater(row, seen)) latest.set(key, row);
  }
  return [...latest.values()];
}

/**
 * Whether a current status belongs on its version's page: a status of one of the
 * version's own points, or a removal (which names a point of an earlier version).
 */
export function isShownInVersion(row: { versionId: string; status: PointStatusValue; pointVersionId: string }): boolean {
  return row.pointVersionId === row.versionId || row.status === "removed";
}

export function countStatuses(statuses: Iterable<{ status: PointStatusValue }>): StatusCounts {
  const counts: StatusCounts = {};
  for (const { status } of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}
