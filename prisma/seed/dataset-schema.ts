import { z } from "zod";

/**
 * The shape of a dataset file (see ukraine-peace-plans.json): parties, sources,
 * documents with their versions and points, stances, events and open questions.
 * Strict, so a misspelt key is an error rather than silently lost data.
 */

const text = z.string().trim().min(1, { error: "must not be empty" });
const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be a lowercase slug like united-states" });
const sourceIds = z.array(text);

export const datasetPointStatuses = ["present", "modified", "added", "removed", "unknown", "contested", "agreed"] as const;
export const datasetPositions = ["supports", "opposes", "conditional", "proposed", "unknown"] as const;
export const datasetReliabilities = ["primary", "reputable-report", "leak", "commentary"] as const;
export const datasetPartyKinds = ["state", "bloc", "alliance", "organisation", "other"] as const;
export const datasetTextStatuses = ["full", "partial", "unreleased"] as const;

export const MAX_QUOTE_LENGTH = 300;

const party = z.strictObject({
  slug,
  name: text,
  kind: z.enum(datasetPartyKinds),
  notes: z.string().optional(),
});

const source = z.strictObject({
  id: text,
  outlet: text,
  title: text,
  published: isoDate.nullable(),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
  reliability: z.enum(datasetReliabilities),
});

const point = z.strictObject({
  number: text,
  topic: z.array(text),
  summary: text,
  status: z.enum(datasetPointStatuses),
  predecessor: text.nullable(),
  notes: z.string(),
  sourceIds,
});

const version = z.strictObject({
  label: text,
  published: isoDate.nullable(),
  origin: z.string(),
  textStatus: z.enum(datasetTextStatuses),
  sourceIds,
  points: z.array(point),
});

const document = z.strictObject({
  slug,
  title: text,
  summary: z.string(),
  versions: z.array(version).min(1, { error: "a document needs at least one version" }),
});

const stance = z.strictObject({
  party: slug,
  document: slug,
  version: text,
  point: text,
  stance: z.enum(datasetPositions),
  summary: text,
  quote: z.string().max(MAX_QUOTE_LENGTH, { error: `must be at most ${MAX_QUOTE_LENGTH} characters` }).optional(),
  date: isoDate,
  sourceIds,
});

const event = z.strictObject({
  date: isoDate,
  title: text,
  summary: text,
  parties: z.array(slug),
  sourceIds,
});

export const datasetSchema = z.strictObject({
  parties: z.array(party),
  sources: z.array(source),
  documents: z.array(document),
  stances: z.array(stance),
  events: z.array(event),
  openQuestions: z.array(text),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetVersion = z.infer<typeof version>;
export type DatasetPoint = z.infer<typeof point>;
