/**
 * A party's current position on a provision is its latest stance (by the date it was
 * stated, then by when it was recorded) on any point of the provision, among stances
 * about versions up to the one being read. Stances are never overwritten, so the
 * older ones remain the cell's history.
 */

export interface StanceLike {
  id: string;
  partyId: string;
  pointId: string | null;
  versionPosition: number;
  statedOn: Date;
  recordedAt: Date;
}

export function isNewerStance(a: StanceLike, b: StanceLike): boolean {
  return (
    a.statedOn.getTime() - b.statedOn.getTime() ||
    a.recordedAt.getTime() - b.recordedAt.getTime() ||
    (a.id > b.id ? 1 : -1)
  ) > 0;
}

/** Newest first. */
export function byNewestStance(a: StanceLike, b: StanceLike): number {
  return isNewerStance(a, b) ? -1 : 1;
}

/** The latest stance of each party on any of `pointIds`, about versions at or before `upToPosition`. */
export function latestStancePerParty<S extends StanceLike>(
  stances: Iterable<S>,
  pointIds: ReadonlySet<string>,
  upToPosition: number,
): Map<string, S> {
  const latest = new Map<string, S>();
  for (const stance of stances) {
    if (stance.pointId === null || !pointIds.has(stance.pointId) || stance.versionPosition > upToPosition) continue;
    const current = latest.get(stance.partyId);
    if (!current || isNewerStance(stance, current)) latest.set(stance.partyId, stance);
  }
  return latest;
}
