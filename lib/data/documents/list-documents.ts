import "server-only";
import { getDb } from "@/lib/db";
import { isoDay } from "../iso-day";

export interface DocumentListItem {
  slug: string;
  title: string;
  summary: string | null;
  versionCount: number;
  latestVersion: { label: string; publishedOn: string | null } | null;
}

/** Every document with its latest version (highest position); most recently published first. One query. */
export async function listDocuments(): Promise<DocumentListItem[]> {
  const rows = await getDb().document.findMany({
    orderBy: [{ createdAt: "asc" }, { title: "asc" }],
    select: {
      slug: true,
      title: true,
      summary: true,
      _count: { select: { versions: true } },
      versions: { orderBy: { position: "desc" }, take: 1, select: { label: true, publishedOn: true } },
    },
  });
  const items = rows.map((row): DocumentListItem => {
    const latest = row.versions[0];
    return {
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      versionCount: row._count.versions,
      latestVersion: latest ? { label: latest.label, publishedOn: isoDay(latest.publishedOn) } : null,
    };
  });
  const latestDay = (item: DocumentListItem) => item.latestVersion?.publishedOn ?? "";
  return items.sort((a, b) => latestDay(b).localeCompare(latestDay(a)));
}
