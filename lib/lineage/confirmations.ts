import type { ProvisionGraph } from "./provision-graph";

/**
 * What the stored lineage already settles about a comparison of two versions, so the
 * alignment engine never second-guesses it:
 * - points of the same provision on both sides are linked (one-to-many = split/merge);
 * - a point whose provision was marked removed or added in a version between the two
 *   (after the earlier, up to the later) has no counterpart on the other side.
 */

export interface StatusEvent {
  pointId: string;
  versionPosition: number;
  status: string;
}

export interface ComparisonSide {
  position: number;
  pointIds: string[];
}

export interface LineageConfirmations {
  confirmedLinks: { fromId: string; toId: string }[];
  confirmedRemoved: string[];
  confirmedAdded: string[];
}

export function lineageConfirmations(input: {
  graph: ProvisionGraph;
  from: ComparisonSide;
  to: ComparisonSide;
  statusEvents: StatusEvent[];
}): LineageConfirmations {
  const { graph, from, to } = input;
  const earlier = Math.min(from.position, to.position);
  const later = Math.max(from.position, to.position);

  const toByProvision = new Map<string, string[]>();
  for (const id of to.pointIds) {
    const provision = graph.provisionOf(id);
    toByProvision.set(provision, [...(toByProvision.get(provision) ?? []), id]);
  }
  const changedBetween = new Set(
    input.statusEvents
      .filter((event) => (event.status === "removed" || event.status === "added") && event.versionPosition > earlier && event.versionPosition <= later)
      .map((event) => graph.provisionOf(event.pointId)),
  );

  const confirmedLinks: LineageConfirmations["confirmedLinks"] = [];
  const confirmedRemoved: string[] = [];
  const linkedTo = new Set<string>();
  for (const fromId of from.pointIds) {
    const provision = graph.provisionOf(fromId);
    const partners = toByProvision.get(provision) ?? [];
    for (const toId of partners) {
      confirmedLinks.push({ fromId, toId });
      linkedTo.add(toId);
    }
    if (partners.length === 0 && changedBetween.has(provision)) confirmedRemoved.push(fromId);
  }
  const confirmedAdded = to.pointIds.filter((id) => !linkedTo.has(id) && changedBetween.has(graph.provisionOf(id)));
  return { confirmedLinks, confirmedRemoved, confirmedAdded };
}
