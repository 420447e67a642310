"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current-actor";
import { createParty, deleteParty, updateParty } from "@/lib/data/parties/save-party";
import { ConflictError } from "@/lib/errors";
import { z } from "zod";
import { partyInputSchema, type PartyInput } from "@/lib/stances/party-input";
import { field, formError, type FormState } from "@/app/_lib/form-state";
import { nestedFieldErrors } from "@/app/_lib/nested-field-errors";
import { partyPath } from "@/app/_lib/paths";

export interface PartyFormValues {
  name: string;
  shortLabel: string;
  kind: string;
  colour: string;
  notes: string;
}

export interface PartyFormState extends FormState {
  values: PartyFormValues | null;
  /** Set when someone else edited the party first: its values now, which become the new base. */
  conflict: { current: PartyFormValues } | null;
  attempt: number;
}

function readValues(formData: FormData, prefix = ""): PartyFormValues {
  return {
    name: field(formData, `${prefix}name`),
    shortLabel: field(formData, `${prefix}shortLabel`),
    kind: field(formData, `${prefix}kind`),
    colour: field(formData, `${prefix}colour`),
    notes: field(formData, `${prefix}notes`),
  };
}

function asValues(party: PartyInput): PartyFormValues {
  return { name: party.name, shortLabel: party.shortLabel, kind: party.kind, colour: party.colour, notes: party.notes ?? "" };
}

const partyIdSchema = z.uuid();
const NO_SUCH_PARTY = "That party no longer exists.";

const NOT_SAVED = "The party was not saved: check the marked fields.";

/** Adds a party, then opens its page. */
export async function createPartyFromForm(previous: PartyFormState, formData: FormData): Promise<PartyFormState> {
  const actor = await requireActor("analyst");
  const attempt = (previous?.attempt ?? 0) + 1;
  const values = readValues(formData);
  const parsed = partyInputSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", message: NOT_SAVED, fieldErrors: nestedFieldErrors(parsed.error), values, conflict: null, attempt };
  }
  let slug: string;
  try {
    slug = (await createParty(actor, parsed.data)).slug;
  } catch (error) {
    return { ...formError(error), values, conflict: null, attempt };
  }
  revalidatePath("/parties");
  redirect(partyPath(slug));
}

/**
 * Edits a party. The form carries the party as the analyst first saw it ("base.*"); if
 * someone changed it since, nothing is written and the current values are shown, with
 * the analyst's input kept.
 */
export async function updatePartyFromForm(previous: PartyFormState, formData: FormData): Promise<PartyFormState> {
  const actor = await requireActor("analyst");
  const attempt = (previous?.attempt ?? 0) + 1;
  const values = readValues(formData);
  const parsed = partyInputSchema.safeParse(values);
  const base = partyInputSchema.safeParse(readValues(formData, "base."));
  if (!parsed.success) {
    return { status: "error", message: NOT_SAVED, fieldErrors: nestedFieldErrors(parsed.error), values, conflict: null, attempt };
  }
  const partyId = partyIdSchema.safeParse(field(formData, "partyId"));
  if (!partyId.success) return { status: "error", message: NO_SUCH_PARTY, fieldErrors: {}, values, conflict: null, attempt };
  if (!base.success) {
    return { status: "error", message: "The form is out of date: reload the page and try again.", fieldErrors: {}, values, conflict: null, attempt };
  }
  try {
    await updateParty(actor, { partyId: partyId.data, base: base.data, changes: parsed.data });
  } catch (error) {
    if (error instanceof ConflictError) {
      const current = asValues(partyInputSchema.parse(error.current));
      const seen = readValues(formData, "base.");
      // Keep what the analyst changed; where they changed nothing, show the current value, so
      // saving again does not undo the other edit.
      const merged = Object.fromEntries(
        (Object.keys(current) as Array<keyof PartyFormValues>).map((key) => [key, values[key] !== seen[key] ? values[key] : current[key]]),
      ) as unknown as PartyFormValues;
      revalidatePath("/parties", "layout");
      return { status: "error", message: error.message, fieldErrors: {}, values: merged, conflict: { current }, attempt };
    }
    return { ...formError(error), values, conflict: null, attempt };
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: `Saved the changes to ${parsed.data.name}.`, fieldErrors: {}, values: null, conflict: null, attempt };
}

/** Deletes a party nothing refers to (admins only), then goes back to the list. */
export async function deletePartyFromForm(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  const partyId = partyIdSchema.safeParse(field(formData, "partyId"));
  if (!partyId.success) return { status: "error", message: NO_SUCH_PARTY, fieldErrors: {} };
  try {
    await deleteParty(actor, { partyId: partyId.data });
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/", "layout");
  redirect("/parties");
}
