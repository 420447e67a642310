import type { z } from "zod";

/**
 * zod issues as `{ "path.to.field": [messages] }` — nested fields keep their full path
 * ("newSource.url"), so a form can show each message beside its own input. Issues about
 * the whole input go under "_form".
 */
export function nestedFieldErrors(error: z.ZodError): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    (result[key] ??= []).push(issue.message);
  }
  return result;
}
