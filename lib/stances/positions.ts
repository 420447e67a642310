import type { stancePositions } from "./stance-input";

export type StancePositionValue = (typeof stancePositions)[number];

/** Reading order of positions wherever they are listed, filtered or explained. */
export const POSITION_ORDER: readonly StancePositionValue[] = ["supports", "conditional", "proposed", "opposes", "unknown"];

export function isStancePosition(value: unknown): value is StancePositionValue {
  return typeof value === "string" && (POSITION_ORDER as readonly string[]).includes(value);
}

/**
 * Whether the parties' current positions differ: at least two distinct known positions.
 * "unknown" says nothing about agreement, so it is left out.
 */
export function positionsDisagree(positions: Iterable<StancePositionValue>): boolean {
  const known = new Set<StancePositionValue>();
  for (const position of positions) if (position !== "unknown") known.add(position);
  return known.size >= 2;
}
