import "server-only";
import { getDb } from "@/lib/db";
import { sourceSelect, toSourceSummaries, type SourceSummary } from "./source-summary";

export interface SourceOptions {
  /** Sources already cited anywhere on the document: its versions, points, statuses, stances or events. */
  cited: SourceSummary[];
  /** Every other source. */
  others: SourceSummary[];
}

/** The sources an analyst can cite for a stance on a document, those already cited on it first. */
export async function listSourceOptions({ documentId }: { documentId: string }): Promise<SourceOptions> {
  const inDocument = { documentId };
  const rows = await getDb().source.findMany({
    select: {
      ...sourceSelect,
      _count: {
        select: {
          versions: { where: { version: inDocument } },
          points: { where: { point: { version: inDocument } } },
          pointStatuses: { where: { pointStatus: { version: inDocument } } },
          stances: { where: { stance: { version: inDocument } } },
          events: { where: { event: inDocument } },
        },
      },
    },
  });
  const cited: SourceSummary[] = [];
  const others: SourceSummary[] = [];
  for (const { _count: uses, ...source } of rows) {
    const total = uses.versions + uses.points + uses.pointStatuses + uses.stances + uses.events;
    (total > 0 ? cited : others).push(...toSourceSummaries([{ source }]));
  }
  const byOutlet = (a: SourceSummary, b: SourceSummary) =>
    a.outlet.localeCompare(b.outlet) || (b.publishedOn ?? "").localeCompare(a.publishedOn ?? "") || a.title.localeCompare(b.title);
  return { cited: cited.sort(byOutlet), others: others.sort(byOutlet) };
}
