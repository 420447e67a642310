"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/current-actor";
import { addAlternative, deleteAlternative } from "@/lib/data/alternatives/add-alternative";
import { addNote, deleteNote } from "@/lib/data/notes/add-note";
import { setPointStatus, type CurrentStatus } from "@/lib/data/statuses/set-point-status";
import { ConflictError } from "@/lib/errors";
import { alternativeInputSchema, noteInputSchema, statusInputSchema } from "@/lib/stances/stance-input";
import { field, formError, type FormState } from "@/app/_lib/form-state";
import { nestedFieldErrors } from "@/app/_lib/nested-field-errors";

export interface StatusFormState extends FormState {
  values: { status: string; note: string } | null;
  /** Set when someone else marked the point first: its status now, which becomes the new base. */
  conflict: { current: CurrentStatus | null } | null;
  baseStatusId: string | null;
  attempt: number;
}

export interface NoteFormState extends FormState {
  values: { body: string } | null;
  attempt: number;
}

export interface AlternativeFormState extends FormState {
  values: { partyId: string; text: string; note: string } | null;
  attempt: number;
}

const NOT_SAVED = "Nothing was saved: check the marked fields.";
const idSchema = z.uuid();

/** Marks a point's status in its version; on a conflict, keeps the input and names the current status. */
export async function setStatusFromForm(previous: StatusFormState, formData: FormData): Promise<StatusFormState> {
  const actor = await requireActor("analyst");
  const attempt = (previous?.attempt ?? 0) + 1;
  const values = { status: field(formData, "status"), note: field(formData, "note") };
  const baseStatusId = field(formData, "baseStatusId") || null;
  const parsed = statusInputSchema.safeParse({
    versionId: field(formData, "versionId"),
    pointId: field(formData, "pointId"),
    status: values.status,
    note: values.note,
    baseStatusId,
  });
  if (!parsed.success) {
    return { status: "error", message: NOT_SAVED, fieldErrors: nestedFieldErrors(parsed.error), values, conflict: null, baseStatusId, attempt };
  }
  try {
    const created = await setPointStatus(actor, parsed.data);
    revalidatePath("/", "layout");
    return { status: "ok", message: `Status set to “${created.status}”.`, fieldErrors: {}, values: null, conflict: null, baseStatusId: created.id, attempt };
  } catch (error) {
    if (error instanceof ConflictError) {
      const current = (error as ConflictError<CurrentStatus | null>).current;
      revalidatePath("/", "layout");
      return { status: "error", message: error.message, fieldErrors: {}, values, conflict: { current }, baseStatusId: current?.id ?? null, attempt };
    }
    return { ...formError(error), values, conflict: null, baseStatusId, attempt };
  }
}

/** Adds a note to a point's provision. */
export async function addNoteFromForm(previous: NoteFormState, formData: FormData): Promise<NoteFormState> {
  const actor = await requireActor("analyst");
  const attempt = (previous?.attempt ?? 0) + 1;
  const values = { body: field(formData, "body") };
  const parsed = noteInputSchema.safeParse({ pointId: field(formData, "pointId"), body: values.body });
  if (!parsed.success) return { status: "error", message: NOT_SAVED, fieldErrors: nestedFieldErrors(parsed.error), values, attempt };
  try {
    await addNote(actor, parsed.data);
  } catch (error) {
    return { ...formError(error), values, attempt };
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Note added.", fieldErrors: {}, values: null, attempt };
}

/** Deletes a note (admins only). */
export async function deleteNoteFromForm(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  const noteId = idSchema.safeParse(field(formData, "noteId"));
  if (!noteId.success) return { status: "error", message: "That note no longer exists.", fieldErrors: {} };
  try {
    await deleteNote(actor, { noteId: noteId.data, reason: field(formData, "reason") || null });
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Note deleted.", fieldErrors: {} };
}

/** Records a bracketed alternative wording of a point, attributed to the party that tabled it. */
export async function addAlternativeFromForm(previous: AlternativeFormState, formData: FormData): Promise<AlternativeFormState> {
  const actor = await requireActor("analyst");
  const attempt = (previous?.attempt ?? 0) + 1;
  const values = { partyId: field(formData, "partyId"), text: field(formData, "text"), note: field(formData, "note") };
  const parsed = alternativeInputSchema.safeParse({
    versionId: field(formData, "versionId"),
    pointId: field(formData, "pointId"),
    partyId: values.partyId,
    text: values.text,
    note: values.note,
  });
  if (!parsed.success) return { status: "error", message: NOT_SAVED, fieldErrors: nestedFieldErrors(parsed.error), values, attempt };
  try {
    await addAlternative(actor, parsed.data);
  } catch (error) {
    return { ...formError(error), values, attempt };
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Alternative wording added.", fieldErrors: {}, values: null, attempt };
}

/** Deletes an alternative wording (admins only). */
export async function deleteAlternativeFromForm(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  const alternativeId = idSchema.safeParse(field(formData, "alternativeId"));
  if (!alternativeId.success) return { status: "error", message: "That alternative wording no longer exists.", fieldErrors: {} };
  try {
    await deleteAlternative(actor, { alternativeId: alternativeId.data, reason: field(formData, "reason") || null });
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Alternative wording deleted.", fieldErrors: {} };
}
