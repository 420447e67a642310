export { alignPoints, DEFAULT_THRESHOLD } from "./align-points";
export type { AlignedRow, AlignOptions, AlignPoint, ConfirmedLink, RowKind } from "./types";
