import { InvalidInputError } from "@/lib/errors";
import { addMatch, type AlignState, type Match } from "./match-state";
import { groupSimilarity } from "./group-similarity";
import { unionFind } from "./union-find";
import type { AlignOptions } from "./types";

/**
 * Records what analysts confirmed, before the engine guesses anything. Ids that belong to
 * neither version are skipped, so a caller may pass the confirmations of a whole lineage.
 */
export function applyConfirmed(state: AlignState, options: AlignOptions): void {
  const fromAt = indexById(state.from.points);
  const toAt = indexById(state.to.points);
  const links = (options.confirmedLinks ?? []).flatMap((link) => {
    const i = fromAt.get(link.fromId);
    const j = toAt.get(link.toId);
    return i === undefined || j === undefined ? [] : [{ i, j }];
  });
  const removed = known(options.confirmedRemoved, fromAt);
  const added = known(options.confirmedAdded, toAt);

  const linkedFrom = new Set(links.map((l) => l.i));
  const linkedTo = new Set(links.map((l) => l.j));
  const contradictions = [
    ...removed.filter((i) => linkedFrom.has(i)).map((i) => state.from.points[i]?.id),
    ...added.filter((j) => linkedTo.has(j)).map((j) => state.to.points[j]?.id),
  ];
  if (contradictions.length > 0) {
    throw new InvalidInputError(
      `Points confirmed both as linked and as removed/added: ${contradictions.join(", ")}`,
      { confirmedLinks: contradictions.map((id) => `${id} is also confirmed removed/added`) },
    );
  }

  for (const group of linkedGroups(links)) {
    addMatch(state, { ...group, source: "confirmed", similarity: groupSimilarity(state, group.from, group.to) });
  }
  for (const i of removed) addMatch(state, { from: [i], to: [], source: "confirmed", similarity: null });
  for (const j of added) addMatch(state, { from: [], to: [j], source: "confirmed", similarity: null });
}

function indexById(points: { id: string }[]): Map<string, number> {
  return new Map(points.map((point, i) => [point.id, i]));
}

function known(ids: string[] | undefined, at: Map<string, number>): number[] {
  const indices = (ids ?? []).flatMap((id) => {
    const i = at.get(id);
    return i === undefined ? [] : [i];
  });
  return [...new Set(indices)].sort((a, b) => a - b);
}

/** Links sharing a point form one group: 1→n is a split, n→1 a merge. */
function linkedGroups(links: { i: number; j: number }[]): Pick<Match, "from" | "to">[] {
  const sets = unionFind();
  for (const { i, j } of links) sets.union(`f${i}`, `t${j}`);
  const groups = new Map<string, { from: Set<number>; to: Set<number> }>();
  for (const { i, j } of links) {
    const root = sets.find(`f${i}`);
    const group = groups.get(root) ?? { from: new Set<number>(), to: new Set<number>() };
    group.from.add(i);
    group.to.add(j);
    groups.set(root, group);
  }
  return [...groups.values()].map((g) => ({
    from: [...g.from].sort((a, b) => a - b),
    to: [...g.to].sort((a, b) => a - b),
  }));
}
