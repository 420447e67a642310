"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/current-actor";
import { linkPoints } from "@/lib/data/lineage/link-points";
import { unlinkPoints } from "@/lib/data/lineage/unlink-points";
import { ConflictError } from "@/lib/errors";
import { invalidInput } from "@/lib/validation/invalid-input";
import { field, formError, ok, type FormState } from "@/app/_lib/form-state";

const pointId = z.uuid({ error: "Choose a point." });
const pair = z
  .string()
  .transform((value) => value.split(":"))
  .pipe(z.tuple([pointId, pointId], { error: "Choose a pair of points." }))
  .transform(([fromPointId, toPointId]) => ({ fromPointId, toPointId }));
const note = z
  .string()
  .trim()
  .max(1000, { error: "Keep the note under 1,000 characters." })
  .transform((value) => value || null);

const confirmSchema = z.object({
  pairs: z.array(pair).min(1, { error: "There is no match to confirm." }),
  similarity: z.union([z.literal("").transform(() => null), z.coerce.number().min(0).max(1)]),
  note,
});
const rejectSchema = z.object({ pair, note });
const linkSchema = z.object({ fromPointId: pointId, toPointId: z.uuid({ error: "Choose the added point to link to." }), note });

/** Comparisons and histories read the lineage: every view of it is out of date after a change. */
function revalidateLineageViews(): void {
  revalidatePath("/documents/[slug]/compare", "page");
  revalidatePath("/documents/[slug]/versions/[label]/points/[number]", "page");
  revalidatePath("/documents/[slug]/versions/[label]", "page");
}

/** Confirms an automatic match (each pair of a split or merge), keeping its similarity as the link's confidence. */
export async function confirmMatch(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("analyst");
  const parsed = confirmSchema.safeParse({ pairs: formData.getAll("pair"), similarity: field(formData, "similarity"), note: field(formData, "note") });
  if (!parsed.success) return formError(invalidInput(parsed.error, "This match cannot be confirmed as sent."));
  const { pairs, similarity } = parsed.data;
  try {
    for (const { fromPointId, toPointId } of pairs) {
      try {
        // Without texts to measure there is no similarity to keep: the analyst's word is the evidence.
        await linkPoints(actor, { fromPointId, toPointId, method: similarity === null ? "manual" : "auto", similarity, note: parsed.data.note });
      } catch (error) {
        // Part of a split may already be linked; the rest still needs confirming.
        if (!(error instanceof ConflictError) || pairs.length === 1) throw error;
      }
    }
  } catch (error) {
    return formError(error);
  }
  revalidateLineageViews();
  return ok("Match confirmed.");
}

/** Records that the two points of a match are not the same provision. */
export async function rejectMatch(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("analyst");
  const parsed = rejectSchema.safeParse({ pair: field(formData, "rejectPair"), note: field(formData, "note") });
  if (!parsed.success) return formError(invalidInput(parsed.error, "Choose which pair is not the same provision."));
  try {
    await unlinkPoints(actor, { ...parsed.data.pair, note: parsed.data.note });
  } catch (error) {
    return formError(error);
  }
  revalidateLineageViews();
  return ok("Marked as not the same provision: the points now show as removed and added.");
}

/** Links a point the comparison shows as removed to one it shows as added: the same provision, reworded. */
export async function linkRemovedToAdded(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("analyst");
  const parsed = linkSchema.safeParse({ fromPointId: field(formData, "fromPointId"), toPointId: field(formData, "toPointId"), note: field(formData, "note") });
  if (!parsed.success) return formError(invalidInput(parsed.error, "Choose the added point to link to."));
  try {
    await linkPoints(actor, { ...parsed.data, method: "manual" });
  } catch (error) {
    return formError(error);
  }
  revalidateLineageViews();
  return ok("Linked: the two points are now one provision.");
}
