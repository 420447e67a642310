import type { Comparison, ComparisonPoint, ComparisonVersion } from "@/lib/data/compare/get-comparison";

/**
 * The JSON API's view of a comparison (GET /api/documents/{slug}/compare): plain,
 * stable field names, no database internals beyond ids. Documented in README.md.
 */

export interface ComparisonJson {
  document: { slug: string; title: string };
  from: VersionJson;
  to: VersionJson;
  summary: Comparison["summary"];
  rows: RowJson[];
}

interface VersionJson {
  id: string;
  label: string;
  position: number;
  publishedOn: string | null;
  textStatus: ComparisonVersion["textStatus"];
}

interface PointJson {
  id: string;
  number: string;
  numberProvisional: boolean;
  text: string | null;
  summary: string | null;
  topics: string[];
}

interface RowJson {
  kind: Comparison["rows"][number]["kind"];
  status: Comparison["rows"][number]["status"];
  similarity: number | null;
  confirmed: boolean;
  rewritten: boolean;
  topics: string[];
  from: PointJson[];
  to: PointJson[];
  diff: { op: "equal" | "insert" | "delete"; text: string }[] | null;
  removal: { summary: string | null; note: string | null; sources: { outlet: string; title: string; url: string; publishedOn: string | null; reliability: string }[] } | null;
  stances: { party: { slug: string; name: string }; position: string; summary: string; statedOn: string; versionLabel: string }[];
}

const version = (v: ComparisonVersion): VersionJson => ({
  id: v.id,
  label: v.label,
  position: v.position,
  publishedOn: v.publishedOn,
  textStatus: v.textStatus,
});

const point = (p: ComparisonPoint): PointJson => ({
  id: p.id,
  number: p.number,
  numberProvisional: p.numberProvisional,
  text: p.text,
  summary: p.summary,
  topics: p.topics,
});

export function toComparisonJson(comparison: Comparison): ComparisonJson {
  return {
    document: { slug: comparison.document.slug, title: comparison.document.title },
    from: version(comparison.from),
    to: version(comparison.to),
    summary: comparison.summary,
    rows: comparison.rows.map((row) => ({
      kind: row.kind,
      status: row.status,
      similarity: row.similarity === null ? null : Math.round(row.similarity * 1000) / 1000,
      confirmed: row.confirmed,
      rewritten: row.rewritten,
      topics: row.topics,
      from: row.from.map(point),
      to: row.to.map(point),
      diff: row.diff ? row.diff.map((op) => ({ op: op.op, text: op.text })) : null,
      removal: row.removal
        ? {
            summary: row.removal.summary,
            note: row.removal.note,
            sources: row.removal.sources.map((s) => ({
              outlet: s.outlet,
              title: s.title,
              url: s.url,
              publishedOn: s.publishedOn,
              reliability: s.reliability,
            })),
          }
        : null,
      stances: row.stances.map((stance) => ({
        party: { slug: stance.party.slug, name: stance.party.name },
        position: stance.position,
        summary: stance.summary,
        statedOn: stance.statedOn,
        versionLabel: stance.versionLabel,
      })),
    })),
  };
}
