import type { StancePositionValue } from "./positions";

export interface DatedStance {
  id: string;
  /** The provision (or whole version) the stance is about: stances with the same key are one cell's history. */
  subjectKey: string;
  position: StancePositionValue;
  statedOn: Date;
  recordedAt: Date;
}

export interface PartyMove<S extends DatedStance> {
  subjectKey: string;
  /** The position as it stood on the date; null when none had been stated yet. */
  before: S | null;
  /** The position now. */
  after: S;
}

function newestFirst(a: DatedStance, b: DatedStance): number {
  return b.statedOn.getTime() - a.statedOn.getTime() || b.recordedAt.getTime() - a.recordedAt.getTime() || (a.id < b.id ? 1 : -1);
}

/**
 * Where a party's position moved after `since` (a calendar day, UTC midnight): the
 * latest position now differs from the one it held at the end of that day, or it had
 * none then. A position restated unchanged is not a move. Newest moves first.
 */
export function movesSince<S extends DatedStance>(stances: Iterable<S>, since: Date): PartyMove<S>[] {
  const endOfDay = since.getTime() + 24 * 3600 * 1000;
  const bySubject = new Map<string, S[]>();
  for (const stance of stances) {
    const list = bySubject.get(stance.subjectKey);
    if (list) list.push(stance);
    else bySubject.set(stance.subjectKey, [stance]);
  }
  const moves: PartyMove<S>[] = [];
  for (const [subjectKey, list] of bySubject) {
    list.sort(newestFirst);
    const after = list[0];
    if (!after || after.statedOn.getTime() < endOfDay) continue;
    const before = list.find((stance) => stance.statedOn.getTime() < endOfDay) ?? null;
    if (before && before.position === after.position) continue;
    moves.push({ subjectKey, before, after });
  }
  return moves.sort((a, b) => newestFirst(a.after, b.after));
}
