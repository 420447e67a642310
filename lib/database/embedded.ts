import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * The embedded PostgreSQL used when DATABASE_URL is not set: PGlite, served over the
 * Postgres wire protocol so the app reaches it through the same pg + PrismaPg path
 * as a real server.
 */

export class EmbeddedDatabaseError extends Error {
  override name = "EmbeddedDatabaseError";
}

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

// PGlite runs one query at a time; the socket server queues the rest and keeps a
// transaction's statements together.
const MAX_CONNECTIONS = 16;

export async function startEmbeddedDatabase(options: { dataDir: string; port?: number }): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const pgDataDir = path.join(dataDir, "pglite");
  await mkdir(dataDir, { recursive: true });
  const releaseLock = await lockDataDir(dataDir);

  let db: PGlite;
  try {
    db = await PGlite.create(pgDataDir);
    await db.query("SELECT 1");
  } catch (error) {
    await releaseLock();
    throw new EmbeddedDatabaseError(
      `The embedded database in ${pgDataDir} could not be opened (${describe(error)}). ` +
        `If it is damaged, move it aside (mv ${pgDataDir} ${pgDataDir}.broken) and start again ` +
        `for a fresh one, or set DATABASE_URL to use a PostgreSQL server.`,
    );
  }

  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: MAX_CONNECTIONS,
  });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    await releaseLock();
    throw new EmbeddedDatabaseError(`The embedded database could not listen on 127.0.0.1 (${describe(error)}).`);
  }
  const port = Number(server.getServerConn().split(":").pop());

  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    dataDir: pgDataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      await releaseLock();
    },
  };
}

// Two processes writing one PGlite folder would corrupt it.
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = path.join(dataDir, "draftwatch.pid");
  const holder = await readFile(lockFile, "utf8").then(
    (text) => Number.parseInt(text, 10),
    () => null,
  );
  if (holder !== null && holder !== process.pid && isRunning(holder)) {
    throw new EmbeddedDatabaseError(
      `The embedded database in ${dataDir} is in use by another Draftwatch process (pid ${holder}). ` +
        `Stop that process first, or set DRAFTWATCH_DATA_DIR to another folder.`,
    );
  }
  await writeFile(lockFile, String(process.pid));
  return () => rm(lockFile, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
