import type { Dataset, DatasetPoint, DatasetVersion } from "./dataset-schema";

/**
 * Turns a validated dataset into rows keyed by natural keys, resolving the
 * dataset's conventions (see shared data README):
 * - "present" is the model's "unchanged";
 * - a "~" prefix marks a provisional number (the real one is unknown);
 * - an entry with status "removed" (or numbered "removed:N") is not a point: it is the
 *   removed status, in this version, of the provision's last point;
 * - "predecessor" names the matching entry of the previous version;
 * - lettered sub-points ("10a") belong to their parent ("10");
 * - a stance on point "*" is about the whole version.
 * Every reference is checked; problems are collected, never skipped.
 */

export type PointStatusName = "unchanged" | "modified" | "added" | "removed" | "unknown" | "contested" | "agreed";
export type LineageTypeName = "continues" | "renumbered" | "modified";

/** A point named by document slug, version label and number (without "~"). */
export interface PointKey {
  document: string;
  version: string;
  number: string;
}

export interface ResolvedPoint {
  key: PointKey;
  numberProvisional: boolean;
  position: number;
  parentNumber: string | null;
  text: string | null;
  summary: string | null;
  topics: string[];
  note: string | null;
  sourceKeys: string[];
}

export interface ResolvedStatus {
  version: string;
  point: PointKey;
  status: PointStatusName;
  summary: string | null;
  note: string | null;
  sourceKeys: string[];
}

export interface ResolvedLink {
  from: PointKey;
  to: PointKey;
  type: LineageTypeName;
}

export interface ResolvedVersion {
  document: string;
  label: string;
  position: number;
  publishedOn: string | null;
  origin: string | null;
  textStatus: DatasetVersion["textStatus"];
  sourceKeys: string[];
  points: ResolvedPoint[];
  statuses: ResolvedStatus[];
  links: ResolvedLink[];
}

export interface ResolvedStance {
  party: string;
  document: string;
  version: string;
  point: PointKey | null;
  position: Dataset["stances"][number]["stance"];
  summary: string;
  quote: string | null;
  statedOn: string;
  sourceKeys: string[];
}

export interface ResolvedDataset {
  dataset: Dataset;
  versions: ResolvedVersion[];
  stances: ResolvedStance[];
}

export class DatasetError extends Error {
  override name = "DatasetError";
  constructor(readonly problems: string[]) {
    super(`The dataset has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  }
}

const REMOVED_PREFIX = "removed:";

function parseNumber(raw: string): { number: string; provisional: boolean } {
  const bare = raw.startsWith(REMOVED_PREFIX) ? raw.slice(REMOVED_PREFIX.length) : raw;
  return bare.startsWith("~") ? { number: bare.slice(1), provisional: true } : { number: bare, provisional: false };
}

function isRemoval(point: DatasetPoint): boolean {
  return point.status === "removed" || point.number.startsWith(REMOVED_PREFIX);
}

function parentNumberOf(number: string): string | null {
  const match = /^(\d+)[a-z]$/.exec(number);
  return match?.[1] ?? null;
}

function lineageType(status: DatasetPoint["status"], fromNumber: string, toNumber: string): LineageTypeName {
  if (status === "modified") return "modified";
  return fromNumber === toNumber ? "continues" : "renumbered";
}

export function resolveDataset(dataset: Dataset): ResolvedDataset {
  const problems: string[] = [];
  const sourceKeys = new Set<string>();
  for (const [index, source] of dataset.sources.entries()) {
    if (sourceKeys.has(source.id)) problems.push(`sources[${index}]: duplicate id "${source.id}"`);
    sourceKeys.add(source.id);
  }
  const partySlugs = new Set<string>();
  for (const [index, party] of dataset.parties.entries()) {
    if (partySlugs.has(party.slug)) problems.push(`parties[${index}]: duplicate slug "${party.slug}"`);
    partySlugs.add(party.slug);
  }
  const checkSources = (where: string, keys: string[]) => {
    for (const key of keys) if (!sourceKeys.has(key)) problems.push(`${where}: unknown source "${key}"`);
  };

  const versions: ResolvedVersion[] = [];
  // For each "document/version" the point that each entry number stands for
  // (a removal entry stands for the point it removes).
  const entryTargets = new Map<string, Map<string, PointKey>>();
  const documentSlugs = new Set<string>();

  for (const [d, document] of dataset.documents.entries()) {
    if (documentSlugs.has(document.slug)) problems.push(`documents[${d}]: duplicate slug "${document.slug}"`);
    documentSlugs.add(document.slug);
    const labels = new Set<string>();
    let previous: Map<string, PointKey> | null = null;

    for (const [v, version] of document.versions.entries()) {
      const where = `documents[${d}] (${document.slug}) versions[${v}] (${version.label})`;
      if (labels.has(version.label)) problems.push(`${where}: duplicate version label`);
      labels.add(version.label);
      checkSources(where, version.sourceIds);

      const resolved: ResolvedVersion = {
        document: document.slug,
        label: version.label,
        position: v + 1,
        publishedOn: version.published,
        origin: version.origin.trim() || null,
        textStatus: version.textStatus,
        sourceKeys: version.sourceIds,
        points: [],
        statuses: [],
        links: [],
      };
      const targets = new Map<string, PointKey>();
      const numbers = new Set<string>();

      for (const [p, entry] of version.points.entries()) {
        const pointWhere = `${where} points[${p}] (${entry.number})`;
        checkSources(pointWhere, entry.sourceIds);
        if (targets.has(entry.number)) problems.push(`${pointWhere}: duplicate number`);

        const predecessor = resolvePredecessor(entry, previous, pointWhere, problems);
        const note = entry.notes.trim() || null;

        if (isRemoval(entry)) {
          if (!predecessor) {
            problems.push(`${pointWhere}: a removed entry must name the predecessor it removes`);
            continue;
          }
          targets.set(entry.number, predecessor);
          resolved.statuses.push({
            version: version.label,
            point: predecessor,
            status: "removed",
            summary: entry.summary,
            note,
            sourceKeys: entry.sourceIds,
          });
          continue;
        }

        const { number, provisional } = parseNumber(entry.number);
        if (numbers.has(number)) problems.push(`${pointWhere}: number ${number} appears twice`);
        numbers.add(number);
        const key: PointKey = { document: document.slug, version: version.label, number };
        targets.set(entry.number, key);
        const hasText = version.textStatus !== "unreleased" && entry.status !== "unknown";
        resolved.points.push({
          key,
          numberProvisional: provisional,
          position: resolved.points.length + 1,
          parentNumber: null,
          text: hasText ? entry.summary : null,
          summary: hasText ? null : entry.summary,
          topics: entry.topic,
          note,
          sourceKeys: entry.sourceIds,
        });
        resolved.statuses.push({
          version: version.label,
          point: key,
          status: entry.status === "present" ? "unchanged" : entry.status,
          summary: null,
          note: null,
          sourceKeys: [],
        });
        if (predecessor) {
          resolved.links.push({ from: predecessor, to: key, type: lineageType(entry.status, predecessor.number, number) });
        }
      }

      for (const point of resolved.points) {
        const parent = parentNumberOf(point.key.number);
        if (parent !== null && numbers.has(parent)) point.parentNumber = parent;
      }
      entryTargets.set(`${document.slug}/${version.label}`, targets);
      versions.push(resolved);
      previous = targets;
    }
  }

  const stances: ResolvedStance[] = [];
  for (const [s, stance] of dataset.stances.entries()) {
    const where = `stances[${s}] (${stance.party} on ${stance.document} / ${stance.version} / ${stance.point})`;
    checkSources(where, stance.sourceIds);
    if (!partySlugs.has(stance.party)) problems.push(`${where}: unknown party "${stance.party}"`);
    const targets = entryTargets.get(`${stance.document}/${stance.version}`);
    if (!targets) {
      problems.push(`${where}: unknown document or version`);
      continue;
    }
    let point: PointKey | null = null;
    if (stance.point !== "*") {
      point = targets.get(stance.point) ?? null;
      if (!point) {
        problems.push(`${where}: no point ${stance.point} in that version`);
        continue;
      }
    }
    stances.push({
      party: stance.party,
      document: stance.document,
      version: stance.version,
      point,
      position: stance.stance,
      summary: stance.summary,
      quote: stance.quote?.trim() || null,
      statedOn: stance.date,
      sourceKeys: stance.sourceIds,
    });
  }

  for (const [e, event] of dataset.events.entries()) {
    const where = `events[${e}] (${event.title})`;
    checkSources(where, event.sourceIds);
    for (const party of event.parties) {
      if (!partySlugs.has(party)) problems.push(`${where}: unknown party "${party}"`);
    }
  }

  if (problems.length > 0) throw new DatasetError(problems);
  return { dataset, versions, stances };
}

function resolvePredecessor(
  entry: DatasetPoint,
  previous: Map<string, PointKey> | null,
  where: string,
  problems: string[],
): PointKey | null {
  if (entry.predecessor === null) return null;
  if (!previous) {
    problems.push(`${where}: the first version cannot have a predecessor`);
    return null;
  }
  const target = previous.get(entry.predecessor);
  if (!target) problems.push(`${where}: predecessor ${entry.predecessor} is not in the previous version`);
  return target ?? null;
}
