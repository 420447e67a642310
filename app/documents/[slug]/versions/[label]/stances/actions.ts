"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current-actor";
import { recordStance, type CurrentStance } from "@/lib/data/stances/record-stance";
import { ConflictError } from "@/lib/errors";
import { stanceInputSchema } from "@/lib/stances/stance-input";
import { field, formError, type FormState } from "@/app/_lib/form-state";
import { nestedFieldErrors } from "@/app/_lib/nested-field-errors";

/** What the analyst typed, sent back on any error so nothing is lost. */
export interface StanceFormValues {
  position: string;
  summary: string;
  quote: string;
  statedOn: string;
  note: string;
  sourceIds: string[];
  newSource: { outlet: string; title: string; url: string; publishedOn: string; reliability: string };
}

export interface StanceFormState extends FormState {
  values: StanceFormValues | null;
  /** Set when someone else changed the cell first: the stance it shows now. */
  conflict: { current: CurrentStance | null } | null;
  /** The stance to name as the base on the next attempt (after a conflict: the current one). */
  baseStanceId: string | null;
  /** Counts submissions, so the form re-renders with the values of the latest one. */
  attempt: number;
}

function readValues(formData: FormData): StanceFormValues {
  return {
    position: field(formData, "position"),
    summary: field(formData, "summary"),
    quote: field(formData, "quote"),
    statedOn: field(formData, "statedOn"),
    note: field(formData, "note"),
    sourceIds: formData.getAll("sourceIds").filter((value): value is string => typeof value === "string" && value !== ""),
    newSource: {
      outlet: field(formData, "newSource.outlet"),
      title: field(formData, "newSource.title"),
      url: field(formData, "newSource.url"),
      publishedOn: field(formData, "newSource.publishedOn"),
      reliability: field(formData, "newSource.reliability"),
    },
  };
}

function toInput(formData: FormData, values: StanceFormValues) {
  const { outlet, title, url, publishedOn, reliability } = values.newSource;
  const newSourceGiven = [outlet, title, url, publishedOn].some((value) => value.trim() !== "");
  return {
    versionId: field(formData, "versionId"),
    pointId: field(formData, "pointId") || null,
    partyId: field(formData, "partyId"),
    position: values.position,
    summary: values.summary,
    quote: values.quote,
    statedOn: values.statedOn,
    note: values.note,
    sourceIds: values.sourceIds,
    newSource: newSourceGiven ? { outlet, title, url: url.trim(), publishedOn: publishedOn || null, reliability } : null,
    baseStanceId: field(formData, "baseStanceId") || null,
  };
}

/** Records a party's stance from the cell page's form; on a conflict, keeps the input and names the current stance. */
export async function recordStanceFromForm(previous: StanceFormState, formData: FormData): Promise<StanceFormState> {
  const actor = await requireActor("analyst");
  const attempt = (previous?.attempt ?? 0) + 1;
  const values = readValues(formData);
  const input = toInput(formData, values);
  const parsed = stanceInputSchema.safeParse(input);
  if (!parsed.success) {
    return {
      status: "error",
      message: "The stance was not saved: check the marked fields.",
      fieldErrors: nestedFieldErrors(parsed.error),
      values,
      conflict: null,
      baseStanceId: input.baseStanceId,
      attempt,
    };
  }
  try {
    const stance = await recordStance(actor, parsed.data);
    revalidatePath("/", "layout");
    return {
      status: "ok",
      message: `Stance recorded: ${stance.position}, stated ${parsed.data.statedOn}.`,
      fieldErrors: {},
      values: null,
      conflict: null,
      baseStanceId: stance.id,
      attempt,
    };
  } catch (error) {
    if (error instanceof ConflictError) {
      const current = (error as ConflictError<CurrentStance | null>).current;
      revalidatePath("/", "layout");
      return { status: "error", message: error.message, fieldErrors: {}, values, conflict: { current }, baseStanceId: current?.id ?? null, attempt };
    }
    return { ...formError(error), values, conflict: null, baseStanceId: input.baseStanceId, attempt };
  }
}
