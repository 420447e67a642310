import { parseArgs } from "node:util";

export class UsageError extends Error {
  override name = "UsageError";
}

/** `--name value` options of a CLI; unknown options and stray arguments are usage errors. */
export function readOptions<Name extends string>(argv: string[], names: readonly Name[], usage: string): Partial<Record<Name, string>> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: Object.fromEntries(names.map((name) => [name, { type: "string" as const }])),
      strict: true,
      allowPositionals: false,
    });
    return values as Partial<Record<Name, string>>;
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}
