export interface AlignPoint {
  id: string;
  number: string;              // printed label: "10", "10b", "13-24"
  numberProvisional: boolean;  // true when the real number is unknown (unreleased drafts reuse older numbering)
  position: number;            // order within its version (ascending)
  text: string | null;         // null = wording not released / not known
  summary: string | null;      // short reported summary (may exist when text is null)
}

export interface ConfirmedLink {
  fromId: string;
  toId: string;
}

export interface AlignOptions {
  // Correspondences an analyst (or the dataset) confirmed between a `from` point and a `to` point.
  // Used exactly as given, never recomputed; one from-point with several to-points = split,
  // several from-points with one to-point = merge.
  confirmedLinks?: ConfirmedLink[];
  // From-points confirmed as removed in `to` (no counterpart) and to-points confirmed as new;
  // never matched by the engine.
  confirmedRemoved?: string[];
  confirmedAdded?: string[];
  // Pairs an analyst said are NOT the same provision: the engine never matches them together
  // (directly, or within a split or merge).
  rejectedLinks?: ConfirmedLink[];
  threshold?: number;          // min similarity for an automatic 1:1 match (default DEFAULT_THRESHOLD)
}

export type RowKind =
  | "unchanged"
  | "modified"
  | "renumbered"
  | "moved"
  | "split"
  | "merged"
  | "added"
  | "removed"
  | "unknown";

export interface AlignedRow {
  kind: RowKind;
  from: string[];             // point ids in `from` (empty for added)
  to: string[];               // point ids in `to` (empty for removed)
  similarity: number | null;  // 0..1 text similarity of the group (null when a side has no text)
  confirmed: boolean;         // true if it came from confirmedLinks/confirmedRemoved/confirmedAdded
}
