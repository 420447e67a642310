import { mkdtemp, mkdir, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_MIGRATIONS_DIR, MigrationError, checksumOf, migrate, readMigrations } from "@/lib/database/migrate";
import { diagnoseMigrationHistory, diffDatabaseToSchema } from "@/lib/database/schema-engine";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const databases: TestDatabase[] = [];
async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase("draftwatch_mig", { migrated: false });
  databases.push(database);
  return database;
}
afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function migrationsDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "draftwatch-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("the migrator", () => {
  it("applies every migration folder once and records each as Prisma does", async () => {
    const database = await freshDatabase();
    const first = await migrate({ connectionString: database.url });
    const folders = (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory());
    expect(first.applied).toHaveLength(folders.length);

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; logs: string | null }>(
      database.url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count, logs FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const local = await readMigrations();
    expect(rows.map((row) => row.migration_name)).toEqual(local.map((migration) => migration.name));
    for (const [index, row] of rows.entries()) {
      expect(row.checksum).toBe(local[index]?.checksum);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
    }

    const second = await migrate({ connectionString: database.url });
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toHaveLength(folders.length);
  });

  it("leaves a database that matches schema.prisma exactly, according to Prisma's schema engine", async () => {
    const database = await freshDatabase();
    await migrate({ connectionString: database.url });
    expect(await diffDatabaseToSchema(database.url)).toBeNull();
  });

  it("detects drift: a column the schema does not know is reported", async () => {
    const database = await freshDatabase();
    await migrate({ connectionString: database.url });
    await query(database.url, `ALTER TABLE "Party" ADD COLUMN "motto" TEXT`);
    const drift = await diffDatabaseToSchema(database.url);
    expect(drift).toContain(`"motto"`);
  });

  it("writes a history Prisma agrees with (what `prisma migrate status` reads)", async () => {
    const database = await freshDatabase();
    await migrate({ connectionString: database.url });
    const diagnosis = await diagnoseMigrationHistory(database.url);
    expect(diagnosis).toMatchObject({ hasMigrationsTable: true, failedMigrationNames: [], editedMigrationNames: [], history: null });

    await query(database.url, `UPDATE "_prisma_migrations" SET checksum = $1`, [checksumOf("something else")]);
    const edited = await diagnoseMigrationHistory(database.url);
    expect(edited.editedMigrationNames.length).toBeGreaterThan(0);
  });

  it("rolls a failing migration back completely and reports which one failed", async () => {
    const database = await freshDatabase();
    const dir = await migrationsDir({
      "20260101000000_good": `CREATE TABLE "Good" ("id" INTEGER PRIMARY KEY);`,
      "20260102000000_bad": `CREATE TABLE "HalfDone" ("id" INTEGER PRIMARY KEY);\nSELECT no_such_function();`,
    });
    await expect(migrate({ connectionString: database.url, migrationsDir: dir })).rejects.toThrow(
      /20260102000000_bad failed and was rolled back/,
    );
    const tables = await query<{ table_name: string }>(
      database.url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((table) => table.table_name)).toEqual(["Good", "_prisma_migrations"]);
    const recorded = await query<{ migration_name: string }>(database.url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(recorded.map((row) => row.migration_name)).toEqual(["20260101000000_good"]);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const database = await freshDatabase();
    const dir = await migrationsDir({ "20260101000000_one": `CREATE TABLE "One" ("id" INTEGER);` });
    await migrate({ connectionString: database.url, migrationsDir: dir });
    await writeFile(path.join(dir, "20260101000000_one", "migration.sql"), `CREATE TABLE "One" ("id" BIGINT);`);
    await expect(migrate({ connectionString: database.url, migrationsDir: dir })).rejects.toThrow(MigrationError);
    await expect(migrate({ connectionString: database.url, migrationsDir: dir })).rejects.toThrow(/edited after it was applied/);
  });

  it("serialises concurrent runs: two migrators at once apply each migration exactly once", async () => {
    const database = await freshDatabase();
    const [a, b] = await Promise.all([migrate({ connectionString: database.url }), migrate({ connectionString: database.url })]);
    const local = await readMigrations();
    expect([...a.applied, ...b.applied].sort()).toEqual(local.map((migration) => migration.name));
    const rows = await query<{ count: string }>(database.url, `SELECT count(*) FROM "_prisma_migrations"`);
    expect(Number(rows[0]?.count)).toBe(local.length);
  });
});
