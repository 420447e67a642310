import "server-only";
import type { SourceReliability } from "@/lib/generated/prisma/enums";
import { isoDay } from "../iso-day";

export type { SourceReliability };

export interface SourceSummary {
  id: string;
  outlet: string;
  title: string;
  url: string;
  /** Calendar day, YYYY-MM-DD. */
  publishedOn: string | null;
  reliability: SourceReliability;
}

/** The columns every source list needs; use inside a Prisma `select`. */
export const sourceSelect = {
  id: true,
  outlet: true,
  title: true,
  url: true,
  publishedOn: true,
  reliability: true,
} as const;

interface SourceRow {
  id: string;
  outlet: string;
  title: string;
  url: string;
  publishedOn: Date | null;
  reliability: SourceReliability;
}

/** Sources of a claim, oldest first (undated last), then by outlet. */
export function toSourceSummaries(rows: ReadonlyArray<{ source: SourceRow }>): SourceSummary[] {
  return rows
    .map(({ source }) => ({ ...source, publishedOn: isoDay(source.publishedOn) }))
    .sort(
      (a, b) =>
        (a.publishedOn ?? "9999").localeCompare(b.publishedOn ?? "9999") ||
        a.outlet.localeCompare(b.outlet) ||
        a.title.localeCompare(b.title),
    );
}
