import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate } from "@/lib/database/migrate";

/** The server tests create their databases on; each test run gets its own database. */
export function adminDatabaseUrl(): string {
  return process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database (migrated unless told otherwise) with a unique name. */
export async function createTestDatabase(
  prefix: string,
  options: { migrated?: boolean; name?: string } = {},
): Promise<TestDatabase> {
  const name = options.name ?? uniqueDatabaseName(prefix);
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = withDatabaseName(adminDatabaseUrl(), name);
  if (options.migrated ?? true) await migrate({ connectionString: url });
  return {
    name,
    url,
    drop: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
