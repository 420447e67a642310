import type { LineageType } from "@/lib/generated/prisma/enums";

const normalise = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/** How a point continues into another: same words and number, renumbered, or reworded. */
export function lineageTypeBetween(
  from: { number: string; text: string | null },
  to: { number: string; text: string | null },
): LineageType {
  const sameNumber = from.number === to.number;
  if (from.text !== null && to.text !== null && normalise(from.text) !== normalise(to.text)) return "modified";
  return sameNumber ? "continues" : "renumbered";
}
