import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * Applies the SQL migrations in prisma/migrations the way `prisma migrate deploy`
 * would, and records them in `_prisma_migrations` exactly as Prisma does, so the
 * Prisma CLI (where its engine exists) sees the same history.
 *
 * Unlike Prisma, each migration runs in its own transaction: a failing migration
 * leaves neither half its changes nor a row behind.
 */

// The key Prisma's schema engine locks on, so this migrator and `prisma migrate`
// never run against the same database at once.
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

export const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export async function readMigrations(directory: string = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(directory, name, "migration.sql"), "utf8").catch((error: unknown) => {
        throw new MigrationError(`Migration folder ${name} has no readable migration.sql (${String(error)}).`);
      });
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

interface AppliedMigration {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

export async function migrate(options: {
  connectionString: string;
  migrationsDir?: string;
  log?: (message: string) => void;
}): Promise<MigrateResult> {
  const migrations = await readMigrations(options.migrationsDir);
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<AppliedMigration>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at
           FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
      );
      const pending = pendingMigrations(migrations, rows);
      for (const migration of pending) {
        log(`Applying migration ${migration.name}`);
        await applyOne(client, migration);
      }
      return {
        applied: pending.map((migration) => migration.name),
        alreadyApplied: migrations.filter((m) => !pending.includes(m)).map((m) => m.name),
      };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

/** Decides what to apply, refusing histories Prisma would also refuse. */
export function pendingMigrations(local: MigrationFile[], applied: AppliedMigration[]): MigrationFile[] {
  const failed = applied.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} started but never finished in this database. ` +
        `Repair the database by hand, then mark it with \`prisma migrate resolve\`.`,
    );
  }
  const done = applied.filter((row) => row.finished_at !== null && row.rolled_back_at === null);
  const localByName = new Map(local.map((migration) => [migration.name, migration]));
  for (const row of done) {
    const file = localByName.get(row.migration_name);
    if (!file) {
      throw new MigrationError(
        `The database has migration ${row.migration_name}, which this checkout does not. ` +
          `It was migrated by a newer version of Draftwatch: update the code or use another database.`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was edited after it was applied (checksum differs). ` +
          `Restore the original file and put the change in a new migration.`,
      );
    }
  }
  const doneNames = new Set(done.map((row) => row.migration_name));
  return local.filter((migration) => !doneNames.has(migration.name));
}

async function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`);
  }
}
