import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

const SECRET_FILE = "auth-secret";

/**
 * The secret that signs session cookies: DRAFTWATCH_AUTH_SECRET when set; otherwise a
 * random one kept in DRAFTWATCH_DATA_DIR/auth-secret (created on first use, mode 0600),
 * so a quickstart needs no configuration and sessions survive restarts. Several
 * servers behind one address must share DRAFTWATCH_AUTH_SECRET.
 */
export function resolveAuthSecret(): string {
  const { DRAFTWATCH_AUTH_SECRET, DRAFTWATCH_DATA_DIR } = env();
  if (DRAFTWATCH_AUTH_SECRET) return DRAFTWATCH_AUTH_SECRET;
  const file = path.resolve(DRAFTWATCH_DATA_DIR, SECRET_FILE);
  const existing = readSecret(file);
  if (existing) return existing;
  mkdirSync(path.dirname(file), { recursive: true });
  // Written aside, then linked into place: a concurrent reader never sees half a file.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(draft, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(draft);
  }
  const created = readSecret(file);
  if (!created) throw new Error(`Could not read the session secret in ${file}.`);
  return created;
}

function readSecret(file: string): string | null {
  try {
    const value = readFileSync(file, "utf8").trim();
    return value.length >= 32 ? value : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
