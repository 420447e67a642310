import type { RowKind } from "@/lib/align";
import { PointStatusValue } from "@/lib/generated/prisma/enums";
import { ROW_KINDS } from "./build-comparison";

/**
 * The compare page's view state lives in the URL (`?from=…&to=…&kind=…`), so every
 * view is a permalink. Parsing never fails: what cannot be read is ignored and named
 * in a notice, and the page falls back to defaults.
 */

export type CompareLayout = "columns" | "unified";
/** A status filter: a recorded status, or "none" for rows with no status recorded. */
export type StatusFilter = PointStatusValue | "none";

export interface CompareView {
  kind: RowKind | null;
  status: StatusFilter | null;
  topic: string | null;
  changedOnly: boolean;
  layout: CompareLayout;
}

export interface CompareQuery {
  /** Version references (label or id) as given; null when missing or unreadable. */
  from: string | null;
  to: string | null;
  /** The pickers' "Swap" button was used: the page redirects to the swapped comparison. */
  swap: boolean;
  view: CompareView;
  notices: string[];
}

export type SearchParams = Record<string, string | string[] | undefined>;

export const DEFAULT_VIEW: CompareView = { kind: null, status: null, topic: null, changedOnly: false, layout: "columns" };

export const STATUS_FILTERS: readonly StatusFilter[] = [...Object.values(PointStatusValue), "none"];

const KNOWN_PARAMS = new Set(["from", "to", "kind", "status", "topic", "changed", "view", "swap"]);
const TOPIC = /^[a-z0-9][a-z0-9-]{0,79}$/;
const MAX_REFERENCE_LENGTH = 200;

/** Quotes a value for a notice, shortened so a hostile query cannot flood the page. */
function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `“${shown}”`;
}

/**
 * Whether a value could name a version. Labels are short printable text; a "%" that
 * does not start an escape means the query's encoding was broken (e.g. `?from=%%%`).
 */
export function isPlausibleReference(value: string): boolean {
  return (
    value.trim().length > 0 &&
    value.length <= MAX_REFERENCE_LENGTH &&
    !/[\u0000-\u001f\u007f\ufffd]/u.test(value) &&
    !/%(?![0-9A-Fa-f]{2})/.test(value)
  );
}

function single(params: SearchParams, name: string, notices: string[]): string | null {
  const value = params[name];
  if (value === undefined) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    notices.push(`“${name}” was given ${value.length} times, so it was ignored.`);
    return null;
  }
  return value;
}

function reference(params: SearchParams, name: "from" | "to", notices: string[]): string | null {
  const value = single(params, name, notices);
  if (value === null) return null;
  if (value.trim() === "") {
    notices.push(`“${name}” was empty, so it was ignored.`);
    return null;
  }
  if (!isPlausibleReference(value)) {
    notices.push(`${quote(value)} is not a version label or id, so “${name}” was ignored.`);
    return null;
  }
  return value.trim();
}

function oneOf<T extends string>(
  params: SearchParams,
  name: string,
  allowed: readonly T[],
  what: string,
  notices: string[],
): T | null {
  const value = single(params, name, notices);
  if (value === null || value === "") return null;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  notices.push(`${quote(value)} is not ${what}, so that filter was ignored.`);
  return null;
}

export function parseCompareQuery(params: SearchParams): CompareQuery {
  const notices: string[] = [];
  const from = reference(params, "from", notices);
  const to = reference(params, "to", notices);
  const kind = oneOf(params, "kind", ROW_KINDS, "a kind of change", notices);
  const status = oneOf(params, "status", STATUS_FILTERS, "a status", notices);

  let topic = single(params, "topic", notices);
  if (topic === "") topic = null;
  if (topic !== null && !TOPIC.test(topic)) {
    notices.push(`${quote(topic)} is not a topic, so that filter was ignored.`);
    topic = null;
  }

  const changed = single(params, "changed", notices);
  if (changed !== null && changed !== "" && changed !== "1" && changed !== "0") {
    notices.push(`“changed” must be 1 or 0, not ${quote(changed)}; all points are shown.`);
  }
  const layout = single(params, "view", notices);
  if (layout !== null && layout !== "" && layout !== "unified" && layout !== "columns") {
    notices.push(`${quote(layout)} is not a layout, so the side-by-side layout is shown.`);
  }
  const swap = single(params, "swap", notices);

  const unknown = Object.keys(params).filter((name) => !KNOWN_PARAMS.has(name));
  if (unknown.length > 0) {
    notices.push(
      `Unknown ${unknown.length === 1 ? "parameter" : "parameters"} ${unknown.slice(0, 5).map(quote).join(", ")} ${
        unknown.length === 1 ? "was" : "were"
      } ignored.`,
    );
  }

  return {
    from,
    to,
    swap: swap !== null && swap !== "" && swap !== "0",
    view: { kind, status, topic, changedOnly: changed === "1", layout: layout === "unified" ? "unified" : "columns" },
    notices,
  };
}

export interface VersionRef {
  id: string;
  label: string;
}

export type VersionChoice<V extends VersionRef> =
  | { type: "pair"; from: V; to: V; notices: string[] }
  | { type: "same"; version: V }
  | { type: "too-few"; versions: V[] }
  | { type: "not-found"; reference: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function findRef<V extends VersionRef>(versions: V[], ref: string): V | undefined {
  return versions.find((version) => version.label === ref) ?? (UUID.test(ref) ? versions.find((v) => v.id === ref) : undefined);
}

/**
 * The two versions to compare. `versions` are in document order. A missing side is
 * filled with a neighbour of the other (both missing: the latest change); a reference
 * that names no version is a 404, not a silent fallback.
 */
export function chooseVersions<V extends VersionRef>(versions: V[], query: Pick<CompareQuery, "from" | "to">): VersionChoice<V> {
  const from = query.from === null ? null : findRef(versions, query.from);
  const to = query.to === null ? null : findRef(versions, query.to);
  if (from === undefined) return { type: "not-found", reference: query.from ?? "" };
  if (to === undefined) return { type: "not-found", reference: query.to ?? "" };
  if (versions.length < 2) return { type: "too-few", versions };

  const notices: string[] = [];
  const neighbour = (version: V, prefer: "before" | "after"): V => {
    const index = versions.indexOf(version);
    const before = versions[index - 1];
    const after = versions[index + 1];
    return (prefer === "before" ? (before ?? after) : (after ?? before)) as V;
  };

  if (from && to) return from.id === to.id ? { type: "same", version: from } : { type: "pair", from, to, notices };
  if (to) {
    const chosen = neighbour(to, "before");
    notices.push(`No “from” version was chosen, so ${to.label} is compared with ${chosen.label}.`);
    return { type: "pair", from: chosen, to, notices };
  }
  if (from) {
    const chosen = neighbour(from, "after");
    notices.push(`No “to” version was chosen, so ${from.label} is compared with ${chosen.label}.`);
    return { type: "pair", from, to: chosen, notices };
  }
  const latest = versions[versions.length - 1] as V;
  const previous = versions[versions.length - 2] as V;
  notices.push(`Without two versions to compare, this shows the latest change: ${previous.label} to ${latest.label}.`);
  return { type: "pair", from: previous, to: latest, notices };
}

export interface FilterableRow {
  kind: RowKind;
  status: PointStatusValue | null;
  topics: readonly string[];
}

/** A row that is, or may be, a change: everything but rows whose wording reads the same. */
export function isChange(row: Pick<FilterableRow, "kind">): boolean {
  return row.kind !== "unchanged";
}

export function filterRows<R extends FilterableRow>(rows: R[], view: CompareView): R[] {
  return rows.filter(
    (row) =>
      (!view.changedOnly || isChange(row)) &&
      (view.kind === null || row.kind === view.kind) &&
      (view.status === null || (view.status === "none" ? row.status === null : row.status === view.status)) &&
      (view.topic === null || row.topics.includes(view.topic)),
  );
}

/** How many rows each status and topic filter would keep. */
export function countFilterValues(rows: readonly FilterableRow[]): { statuses: Map<StatusFilter, number>; topics: Map<string, number> } {
  const statuses = new Map<StatusFilter, number>();
  const topics = new Map<string, number>();
  for (const row of rows) {
    const status = row.status ?? "none";
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    for (const topic of row.topics) topics.set(topic, (topics.get(topic) ?? 0) + 1);
  }
  return { statuses, topics };
}

/** Drops a topic filter that no row of the comparison could match, with a notice. */
export function reconcileTopic(view: CompareView, topics: readonly string[]): { view: CompareView; notices: string[] } {
  if (view.topic === null || topics.includes(view.topic)) return { view, notices: [] };
  return {
    view: { ...view, topic: null },
    notices: [`No point in this comparison has the topic “${view.topic}”, so that filter was ignored.`],
  };
}

/** The query parameters of a view, defaults left out, in a stable order (for links and keys). */
export function viewQuery(view: CompareView): Record<string, string> {
  const query: Record<string, string> = {};
  if (view.kind) query.kind = view.kind;
  if (view.status) query.status = view.status;
  if (view.topic) query.topic = view.topic;
  if (view.changedOnly) query.changed = "1";
  if (view.layout === "unified") query.view = "unified";
  return query;
}

export function hasRowFilters(view: CompareView): boolean {
  return view.kind !== null || view.status !== null || view.topic !== null || view.changedOnly;
}
