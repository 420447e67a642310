import { unionFind } from "@/lib/align/union-find";

/**
 * A provision is the set of points joined by lineage links across versions: the
 * identity of "the army-size clause" from the 28-point plan to the latest draft.
 * It is computed from the links, never stored, so correcting one link re-threads
 * everything that hangs off the provision.
 */

export interface LineagePoint {
  id: string;
  versionId: string;
}

export interface LineageEdge {
  fromPointId: string;
  toPointId: string;
}

export interface ProvisionGraph {
  /** A stable key for the provision a point belongs to. */
  provisionOf(pointId: string): string;
  /** The points of a provision, in no particular order. */
  pointsOf(provision: string): string[];
  sameProvision(a: string, b: string): boolean;
}

export function buildProvisionGraph(points: Iterable<LineagePoint>, edges: Iterable<LineageEdge>): ProvisionGraph {
  const sets = unionFind();
  const ids: string[] = [];
  for (const point of points) {
    sets.find(point.id);
    ids.push(point.id);
  }
  for (const edge of edges) sets.union(edge.fromPointId, edge.toPointId);

  const members = new Map<string, string[]>();
  for (const id of ids) {
    const root = sets.find(id);
    const list = members.get(root);
    if (list) list.push(id);
    else members.set(root, [id]);
  }
  return {
    provisionOf: (pointId) => sets.find(pointId),
    pointsOf: (provision) => members.get(provision) ?? [],
    sameProvision: (a, b) => sets.find(a) === sets.find(b),
  };
}
