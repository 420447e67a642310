/**
 * Where a version shows the provisions it removed. A removal names the provision's last
 * point in an earlier version; that point is shown after the nearest point before it
 * (in its old version) whose lineage reaches this version, else before the nearest such
 * point after it, else at the end. A removed sub-point stays under its parent's
 * successor (or under its parent, when the parent was removed too).
 * Pure: no database, so it can be tested on its own.
 */

export interface PlacementPoint {
  id: string;
  parentId: string | null;
}

export interface PlacementOldPoint extends PlacementPoint {
  versionId: string;
  position: number;
}

export interface PlacementRemoval {
  /** Identifies the removal (its status row). */
  key: string;
  pointId: string;
  /** Position of the removed point's version, to order removals that land together. */
  versionPosition: number;
}

export interface PlacementInput {
  /** The version's own points, in order. */
  points: PlacementPoint[];
  removals: PlacementRemoval[];
  /** Every point of the versions the removals come from. */
  oldPoints: PlacementOldPoint[];
  /** Lineage links of the document (from an earlier point to a later one). */
  links: ReadonlyArray<{ fromPointId: string; toPointId: string }>;
}

export type EntryRef = { kind: "point"; id: string } | { kind: "removed"; key: string };

export interface PlacedEntry {
  ref: EntryRef;
  parent: EntryRef | null;
}

/** All entries (points and removals) in reading order, each with its parent entry. */
export function placeRemovedPoints({ points, removals, oldPoints, links }: PlacementInput): PlacedEntry[] {
  const indexOf = new Map(points.map((point, index) => [point.id, index]));
  const successors = new Map<string, string[]>();
  for (const link of links) {
    const list = successors.get(link.fromPointId) ?? [];
    list.push(link.toPointId);
    successors.set(link.fromPointId, list);
  }

  const descendantIndexes = (pointId: string): number[] => {
    const found: number[] = [];
    const seen = new Set<string>([pointId]);
    const queue = [pointId];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const to of successors.get(next) ?? []) {
        if (seen.has(to)) continue;
        seen.add(to);
        const index = indexOf.get(to);
        if (index === undefined) queue.push(to);
        else found.push(index);
      }
    }
    return found;
  };

  const oldById = new Map(oldPoints.map((point) => [point.id, point]));
  const siblingsByVersion = new Map<string, PlacementOldPoint[]>();
  for (const point of oldPoints) {
    const list = siblingsByVersion.get(point.versionId) ?? [];
    list.push(point);
    siblingsByVersion.set(point.versionId, list);
  }
  for (const list of siblingsByVersion.values()) list.sort((a, b) => a.position - b.position);

  const sortKeyOf = (removal: PlacementRemoval): number => {
    const old = oldById.get(removal.pointId);
    const siblings = old ? (siblingsByVersion.get(old.versionId) ?? []) : [];
    const at = old ? siblings.indexOf(old) : -1;
    if (at >= 0) {
      for (let i = at - 1; i >= 0; i--) {
        const found = descendantIndexes(siblings[i]!.id);
        if (found.length > 0) return Math.max(...found) + 0.5;
      }
      for (let i = at + 1; i < siblings.length; i++) {
        const found = descendantIndexes(siblings[i]!.id);
        if (found.length > 0) return Math.min(...found) - 0.5;
      }
    }
    return points.length;
  };

  const removalByPointId = new Map(removals.map((removal) => [removal.pointId, removal]));
  const parentOfRemoval = (removal: PlacementRemoval): EntryRef | null => {
    const parentId = oldById.get(removal.pointId)?.parentId;
    if (!parentId) return null;
    const removedParent = removalByPointId.get(parentId);
    if (removedParent) return { kind: "removed", key: removedParent.key };
    const found = descendantIndexes(parentId);
    const successor = found.length > 0 ? points[Math.min(...found)] : undefined;
    return successor ? { kind: "point", id: successor.id } : null;
  };

  const placed: Array<{ sortKey: number; tie: readonly [number, number]; entry: PlacedEntry }> = [
    ...points.map((point, index) => ({
      sortKey: index,
      tie: [0, 0] as const,
      entry: {
        ref: { kind: "point" as const, id: point.id },
        parent: point.parentId !== null && indexOf.has(point.parentId) ? { kind: "point" as const, id: point.parentId } : null,
      },
    })),
    ...removals.map((removal) => ({
      sortKey: sortKeyOf(removal),
      tie: [removal.versionPosition, oldById.get(removal.pointId)?.position ?? 0] as const,
      entry: { ref: { kind: "removed" as const, key: removal.key }, parent: parentOfRemoval(removal) },
    })),
  ];
  placed.sort((a, b) => a.sortKey - b.sortKey || a.tie[0] - b.tie[0] || a.tie[1] - b.tie[1]);
  return placed.map(({ entry }) => entry);
}
