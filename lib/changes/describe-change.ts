/**
 * What an audit entry changed, in words: a one-line title and the fields that moved
 * (before → after). Pure: it reads only the entry's `action`, `before` and `after`.
 */

export interface AuditLike {
  action: string;
  before: unknown;
  after: unknown;
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface ChangeDescription {
  title: string;
  fields: FieldChange[];
}

/** The actions the public change feed shows; accounts and tokens stay out of it. */
export const FEED_ACTION_PREFIXES = ["stance.", "status.", "note.", "alternative.", "party.", "lineage.", "dataset."] as const;

export function isFeedAction(action: string): boolean {
  return FEED_ACTION_PREFIXES.some((prefix) => action.startsWith(prefix));
}

type Json = Record<string, unknown>;

function record(value: unknown): Json {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
}

/** A JSON value as display text; null for absent or empty. */
function text(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

const POSITION_WORDS: Record<string, string> = {
  supports: "supports",
  opposes: "opposes",
  conditional: "conditional",
  proposed: "proposed",
  unknown: "unknown",
};

function where(version: unknown, point: unknown): string {
  const label = text(version) ?? "a version";
  const number = text(point);
  return number ? `${label}, point ${number}` : `${label} (whole version)`;
}

function field(name: string, before: unknown, after: unknown): FieldChange | null {
  const b = text(before);
  const a = text(after);
  return b === a ? null : { field: name, before: b, after: a };
}

function fields(...changes: Array<FieldChange | null>): FieldChange[] {
  return changes.filter((change): change is FieldChange => change !== null);
}

const PARTY_FIELDS: Array<[string, string]> = [
  ["name", "Name"],
  ["shortLabel", "Short label"],
  ["kind", "Kind"],
  ["colour", "Colour"],
  ["notes", "Notes"],
];

export function describeChange(entry: AuditLike): ChangeDescription {
  const before = record(entry.before);
  const after = record(entry.after);
  switch (entry.action) {
    case "stance.record": {
      const position = POSITION_WORDS[text(after.position) ?? ""] ?? text(after.position) ?? "?";
      return {
        title: `Stance recorded: ${text(after.party) ?? "a party"} on ${where(after.version, after.point)} — ${position}`,
        fields: fields(
          field("Position", before.position, after.position),
          field("Summary", before.summary, after.summary),
          field("Stated on", null, after.statedOn),
        ),
      };
    }
    case "status.set":
      return {
        title: `Status set: ${where(after.version, after.point)} — ${text(after.status) ?? "?"}`,
        fields: fields(field("Status", before.status, after.status), field("Note", before.note, after.note)),
      };
    case "note.add":
      return { title: `Note added on ${where(after.version, after.point)}`, fields: fields(field("Note", null, after.body)) };
    case "note.delete":
      // The deleted text stays in the audit log, not in the public feed.
      return { title: `Note deleted on ${where(before.version, before.point)}`, fields: [] };
    case "alternative.add":
      return {
        title: `Alternative wording by ${text(after.party) ?? "a party"} for ${where(after.version, after.point)}`,
        fields: fields(field("Wording", null, after.text)),
      };
    case "alternative.delete":
      return {
        title: `Alternative wording removed from ${where(before.version, before.point)}`,
        fields: fields(field("Wording", before.text, null)),
      };
    case "party.create":
      return {
        title: `Party added: ${text(after.name) ?? "?"}`,
        fields: fields(...PARTY_FIELDS.map(([key, label]) => field(label, null, after[key]))),
      };
    case "party.update":
      return {
        title: `Party edited: ${text(after.name) ?? text(before.name) ?? "?"}`,
        fields: fields(...PARTY_FIELDS.map(([key, label]) => field(label, before[key], after[key]))),
      };
    case "party.delete":
      return { title: `Party deleted: ${text(before.name) ?? "?"}`, fields: [] };
    case "lineage.link":
      return {
        title: `Provisions linked: ${text(after.from) ?? "?"} → ${text(after.to) ?? "?"}`,
        fields: fields(field("Link", null, text(after.type)), field("Method", null, text(after.method))),
      };
    case "lineage.unlink":
      return { title: `Provisions unlinked: ${text(after.from) ?? "?"} ≠ ${text(after.to) ?? "?"}`, fields: [] };
    case "dataset.load": {
      const counts = Object.entries(after)
        .filter(([, value]) => typeof value === "number")
        .map(([what, value]) => `${String(value)} ${what.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()}`)
        .join(", ");
      return { title: "Dataset loaded", fields: counts ? [{ field: "Loaded", before: null, after: counts }] : [] };
    }
    default:
      return { title: entry.action, fields: [] };
  }
}
