import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Database } from "@/lib/db";
import { loadDataset, parseDataset, type LoadSummary } from "./load-dataset";

export const BUNDLED_DATASET = path.join(process.cwd(), "prisma", "seed", "ukraine-peace-plans.json");

/** Loads the bundled dataset (or another file); idempotent. */
export async function seedDatabase(
  db: Database,
  options: { file?: string; log?: (message: string) => void } = {},
): Promise<LoadSummary> {
  const file = options.file ?? BUNDLED_DATASET;
  const log = options.log ?? (() => {});
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`Cannot read the dataset ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const resolved = parseDataset(raw);
  const summary = await loadDataset(db, resolved, path.basename(file, ".json"));
  log(
    summary.changed
      ? `Dataset ${path.basename(file)} loaded: ${Object.entries(summary.inserted).map(([what, n]) => `${n} ${what}`).join(", ")}.`
      : `Dataset ${path.basename(file)} already loaded; nothing to add.`,
  );
  return summary;
}
