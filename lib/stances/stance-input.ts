import { z } from "zod";

/**
 * What an analyst submits to record a stance, a status, a note or an alternative
 * wording. Shared by the server actions and the JSON API, so both refuse the same
 * input with the same field errors.
 */

export const MAX_QUOTE_LENGTH = 300;
export const MAX_SUMMARY_LENGTH = 2000;
export const MAX_NOTE_LENGTH = 4000;

const uuid = z.uuid({ error: "is not a valid id" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null);

// "Today" where the calendar is furthest ahead (UTC+14), so no analyst anywhere is told
// that today's date is in the future.
function latestTodayIso(): string {
  return new Date(Date.now() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

const pastOrToday = z.iso
  .date({ error: "must be a date (YYYY-MM-DD)" })
  .refine((value) => value <= latestTodayIso(), { error: "cannot be in the future" });

export const stancePositions = ["supports", "opposes", "conditional", "proposed", "unknown"] as const;
export const sourceReliabilities = ["primary", "reputable_report", "leak", "commentary"] as const;

export const newSourceSchema = z.object({
  outlet: z.string().trim().min(1, { error: "is required" }).max(200, { error: "must be at most 200 characters" }),
  title: z.string().trim().min(1, { error: "is required" }).max(500, { error: "must be at most 500 characters" }),
  url: z
    .url({ protocol: /^https?$/, error: "must be an http:// or https:// address" })
    .max(2000, { error: "must be at most 2000 characters" }),
  publishedOn: pastOrToday.nullable().optional().transform((value) => value ?? null),
  reliability: z.enum(sourceReliabilities, { error: "must be primary, reputable report, leak or commentary" }),
});

export const stanceInputSchema = z
  .object({
    versionId: uuid,
    pointId: uuid.nullable(),
    partyId: uuid,
    position: z.enum(stancePositions, { error: "must be supports, opposes, conditional, proposed or unknown" }),
    summary: z.string().trim().min(1, { error: "is required" }).max(MAX_SUMMARY_LENGTH, { error: `must be at most ${MAX_SUMMARY_LENGTH} characters` }),
    quote: optionalText(MAX_QUOTE_LENGTH),
    statedOn: pastOrToday,
    note: optionalText(MAX_NOTE_LENGTH),
    sourceIds: z.array(uuid).max(20).default([]),
    newSource: newSourceSchema.nullable().optional().transform((value) => value ?? null),
    // The stance the analyst saw in the cell when they started; null if it was empty.
    baseStanceId: uuid.nullable(),
  })
  .superRefine((input, context) => {
    if (input.sourceIds.length === 0 && !input.newSource && !input.note) {
      context.addIssue({ code: "custom", path: ["sourceIds"], message: "Give a source or a note: every stance needs its evidence." });
    }
  });

export type StanceInput = z.infer<typeof stanceInputSchema>;

export const settableStatuses = ["unchanged", "modified", "added", "unknown", "contested", "agreed"] as const;

export const statusInputSchema = z.object({
  versionId: uuid,
  pointId: uuid,
  status: z.enum(settableStatuses, { error: "must be unchanged, modified, added, unknown, contested or agreed" }),
  note: optionalText(MAX_NOTE_LENGTH),
  // The status row the analyst saw; null if the point had none.
  baseStatusId: uuid.nullable(),
});

export type StatusInput = z.infer<typeof statusInputSchema>;

export const noteInputSchema = z.object({
  pointId: uuid,
  body: z.string().trim().min(1, { error: "is required" }).max(MAX_NOTE_LENGTH, { error: `must be at most ${MAX_NOTE_LENGTH} characters` }),
});

export type NoteInput = z.infer<typeof noteInputSchema>;

export const alternativeInputSchema = z.object({
  versionId: uuid,
  pointId: uuid,
  partyId: uuid,
  text: z.string().trim().min(1, { error: "is required" }).max(MAX_SUMMARY_LENGTH, { error: `must be at most ${MAX_SUMMARY_LENGTH} characters` }),
  note: optionalText(MAX_NOTE_LENGTH),
});

export type AlternativeInput = z.infer<typeof alternativeInputSchema>;
