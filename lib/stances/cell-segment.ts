/**
 * The cell of a stance matrix named in its URL: `whole` for the version as a whole,
 * the point's number for a point of the version, `removed-<number>` for a provision the
 * version removed (named by the number of its last point in an earlier version).
 */

export type CellSubject = { kind: "whole" } | { kind: "point"; number: string } | { kind: "removed"; number: string };

export const WHOLE_VERSION_SEGMENT = "whole";
const REMOVED_PREFIX = "removed-";

export function parseCellSegment(segment: string): CellSubject {
  if (segment === WHOLE_VERSION_SEGMENT) return { kind: "whole" };
  if (segment.startsWith(REMOVED_PREFIX) && segment.length > REMOVED_PREFIX.length) {
    return { kind: "removed", number: segment.slice(REMOVED_PREFIX.length) };
  }
  return { kind: "point", number: segment };
}

/** The segment for `stanceCellPath`: null for the whole version, else the (possibly "removed-") number. */
export function cellSegmentOf(subject: CellSubject): string | null {
  if (subject.kind === "whole") return null;
  return subject.kind === "removed" ? `${REMOVED_PREFIX}${subject.number}` : subject.number;
}
