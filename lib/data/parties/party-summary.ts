import "server-only";

export interface PartySummary {
  id: string;
  slug: string;
  name: string;
  shortLabel: string;
  /** Shown beside the party's label, never instead of it. */
  colour: string;
}

export const partySelect = {
  id: true,
  slug: true,
  name: true,
  shortLabel: true,
  colour: true,
} as const;
