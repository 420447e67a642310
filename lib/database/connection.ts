import pg from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";

export class DatabaseUnreachableError extends Error {
  override name = "DatabaseUnreachableError";
}

/** "postgres@db.example:5432/draftwatch" — the URL without its password, for messages. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : "";
    return `${user}${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

export async function assertReachable(url: string, timeoutMs = 5000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code : String(error);
    throw new DatabaseUnreachableError(
      `Cannot reach the database at ${describeDatabaseUrl(url)} (${reason}). ` +
        `Check that PostgreSQL is running and DATABASE_URL is right, or unset DATABASE_URL to use the embedded database.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface SelectedDatabase {
  url: string;
  description: string;
  embedded: EmbeddedDatabase | null;
}

/** DATABASE_URL when set; otherwise the embedded database in `dataDir`. */
export async function selectDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<SelectedDatabase> {
  if (options.databaseUrl) {
    await assertReachable(options.databaseUrl);
    return {
      url: options.databaseUrl,
      description: `PostgreSQL server at ${describeDatabaseUrl(options.databaseUrl)} (from DATABASE_URL)`,
      embedded: null,
    };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: options.dataDir });
  return {
    url: embedded.url,
    description: `embedded PostgreSQL (PGlite) in ${embedded.dataDir} — set DATABASE_URL to use a server instead`,
    embedded,
  };
}

/** Runs `work` against the selected database (starting and stopping the embedded one if needed). */
export async function withSelectedDatabase<T>(
  options: { databaseUrl?: string; dataDir: string; log?: (message: string) => void },
  work: (database: SelectedDatabase) => Promise<T>,
): Promise<T> {
  const database = await selectDatabase(options);
  options.log?.(`Database: ${database.description}`);
  try {
    return await work(database);
  } finally {
    await database.embedded?.stop();
  }
}
