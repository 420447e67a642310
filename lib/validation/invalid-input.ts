import { z } from "zod";
import { InvalidInputError } from "@/lib/errors";

/** zod's issues as `{ field: [messages] }`; errors about the whole input go under "_form". */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const { fieldErrors, formErrors } = z.flattenError(error);
  const result: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(fieldErrors as Record<string, string[] | undefined>)) {
    if (messages && messages.length > 0) result[field] = messages;
  }
  if (formErrors.length > 0) result._form = formErrors;
  return result;
}

export function invalidInput(error: z.ZodError, message = "Check the highlighted fields."): InvalidInputError {
  return new InvalidInputError(message, fieldErrorsOf(error));
}
