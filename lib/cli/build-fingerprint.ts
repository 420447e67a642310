import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** What a production build depends on; a change to any of these calls for a rebuild. */
const BUILD_INPUTS = ["app", "lib", "public", "prisma/schema.prisma", "next.config.js", "tsconfig.json", "package-lock.json"];
const IGNORED = new Set(["node_modules", ".next", "generated"]);

export const BUILD_FINGERPRINT_FILE = path.join(".next", "draftwatch-build-fingerprint");

export async function buildFingerprint(root = process.cwd()): Promise<string> {
  const hash = createHash("sha256");
  const files: string[] = [];
  for (const input of BUILD_INPUTS) await collect(path.join(root, input), files);
  for (const file of files.sort()) {
    if (/\.test\.tsx?$/.test(file)) continue;
    hash.update(path.relative(root, file)).update("\0").update(await readFile(file)).update("\0");
  }
  return hash.digest("hex");
}

async function collect(target: string, files: string[]): Promise<void> {
  if (!existsSync(target)) return;
  const entries = await readdir(target, { withFileTypes: true }).catch(() => null);
  if (entries === null) {
    files.push(target);
    return;
  }
  for (const entry of entries) {
    if (IGNORED.has(entry.name)) continue;
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) await collect(full, files);
    else files.push(full);
  }
}

export async function buildIsCurrent(root = process.cwd()): Promise<boolean> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) return false;
  const recorded = await readFile(path.join(root, BUILD_FINGERPRINT_FILE), "utf8").catch(() => "");
  return recorded.trim() === (await buildFingerprint(root));
}
