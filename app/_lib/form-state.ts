import { DomainError, InvalidInputError } from "@/lib/errors";

/** What a form's server action returns: a message for the whole form and messages per field. */
export interface FormState {
  status: "idle" | "ok" | "error";
  message: string | null;
  fieldErrors: Record<string, string[]>;
}

export const IDLE: FormState = { status: "idle", message: null, fieldErrors: {} };

export function ok(message: string): FormState {
  return { status: "ok", message, fieldErrors: {} };
}

/** A domain error as form state; anything else is a bug and is rethrown (Next shows a generic error). */
export function formError(error: unknown): FormState {
  if (error instanceof InvalidInputError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof DomainError) return { status: "error", message: error.message, fieldErrors: {} };
  throw error;
}

/** A text field of a submitted form ("" when missing or a file). */
export function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
