import { InvalidInputError } from "@/lib/errors";

/**
 * The JSON API's compare parameters: exactly one non-empty `from` and `to` each,
 * different from each other. (The page is lenient instead: see view-state.ts.)
 */
export function parseCompareApiQuery(params: URLSearchParams): { from: string; to: string } {
  const fieldErrors: Record<string, string[]> = {};
  const read = (name: "from" | "to"): string => {
    const values = params.getAll(name);
    if (values.length === 0 || values.every((value) => value.trim() === "")) fieldErrors[name] = ["is required: a version label or id"];
    else if (values.length > 1) fieldErrors[name] = ["must be given once"];
    else if ((values[0] ?? "").length > 200) fieldErrors[name] = ["is too long to be a version label or id"];
    return (values[0] ?? "").trim();
  };
  const from = read("from");
  const to = read("to");
  if (Object.keys(fieldErrors).length === 0 && from === to) fieldErrors.to = ["is the same version as from"];
  if (Object.keys(fieldErrors).length > 0) {
    const message = fieldErrors.to?.[0] === "is the same version as from"
      ? "“from” and “to” name the same version; choose two different versions."
      : "Give the two versions to compare: ?from=<label or id>&to=<label or id>.";
    throw new InvalidInputError(message, fieldErrors);
  }
  return { from, to };
}
