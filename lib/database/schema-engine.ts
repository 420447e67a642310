import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { readMigrations } from "./migrate";

/**
 * Prisma's own schema engine, compiled to WebAssembly, driven through the pg adapter.
 * The native engine cannot be downloaded here; this one ships in an npm package, so
 * development tools and tests can ask Prisma itself what SQL a schema needs and
 * whether a database matches it. The app never loads it.
 */

type SchemaFiles = { files: { path: string; content: string }[] };
// "schemaDatasource" is the live database behind the adapter the engine was built with.
type DiffTarget = { tag: "empty" } | ({ tag: "schemaDatamodel" } & SchemaFiles) | ({ tag: "schemaDatasource"; configDir: string } & SchemaFiles);

interface WasmSchemaEngine {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string | null }>;
  diagnoseMigrationHistory(params: {
    migrationsList: MigrationList;
    optInToShadowDatabase: boolean;
    filters: typeof NO_FILTERS;
  }): Promise<MigrationHistoryDiagnosis>;
  free(): void;
}

interface MigrationList {
  baseDir: string;
  lockfile: { path: string; content: string | null };
  shadowDbInitScript: string;
  migrationDirectories: { path: string; migrationFile: { path: string; content: { tag: "ok"; value: string } } }[];
}

export interface MigrationHistoryDiagnosis {
  hasMigrationsTable: boolean;
  failedMigrationNames: string[];
  editedMigrationNames: string[];
  // null when the database and the migrations folder agree.
  history: { diagnostic: string; unappliedMigrationNames?: string[]; unpersistedMigrationNames?: string[] } | null;
}

const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");
const NO_FILTERS: { externalTables: string[]; externalEnums: string[] } = { externalTables: [], externalEnums: [] };

let bindings: Promise<{ SchemaEngine: { new: (...args: unknown[]) => Promise<WasmSchemaEngine> } }> | undefined;

// The package's entry imports the .wasm file as an ES module, which Node cannot do;
// instantiate it by hand through the generated bindings instead.
async function loadBindings() {
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(pathToFileURL(gluePath).href);
  const wasm = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(wasm, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

const PG_CHAR_OID = 18;
// Any OID at or above 16384 is a user type, which the pg adapter reads as text.
const CHAR_AS_TEXT_OID = 2_000_000_018;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character

/**
 * The engine's catalogue queries return Postgres' internal one-byte "char" columns
 * (e.g. pg_constraint.contype), which the pg adapter refuses. Let them through as
 * text, remember which columns they were (by query text), and report those columns
 * to the engine as the Character type it expects.
 */
const charColumnsBySql = new Map<string, number[]>();

function markCharColumns(sql: string | undefined, result: pg.QueryResult | undefined): void {
  const charColumns: number[] = [];
  result?.fields?.forEach((field, index) => {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = CHAR_AS_TEXT_OID;
      charColumns.push(index);
    }
  });
  if (sql !== undefined && charColumns.length > 0) charColumnsBySql.set(sql, charColumns);
}

class CatalogueFriendlyClient extends pg.Client {
  // pg.Pool#query calls this with a callback; the adapter's own clients use promises.
  override query(...args: unknown[]): never {
    const config = args[0] as { text?: string } | string;
    const sql = typeof config === "string" ? config : config?.text;
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (error: Error | null, result: pg.QueryResult) => {
        if (!error) markCharColumns(sql, result);
        callback(error, result);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      return result.then((value: pg.QueryResult) => {
        markCharColumns(sql, value);
        return value;
      }) as never;
    }
    return result as never;
  }
}

type Queryable = { queryRaw(query: { sql: string }): Promise<{ columnTypes: number[] }> };

function withCharacterColumns<T extends Queryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsBySql.get(query.sql) ?? []) result.columnTypes[index] = CHARACTER_COLUMN;
    return result;
  };
  return queryable;
}

function adapterFactory(connectionString: string) {
  const pool = new pg.Pool({ connectionString, max: 1, Client: CatalogueFriendlyClient });
  const factory = new PrismaPg(pool);
  return {
    pool,
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => withCharacterColumns(await factory.connect()),
      connectToShadowDb: async () => withCharacterColumns(await factory.connectToShadowDb()),
    },
  };
}

async function withEngine<T>(connectionString: string, schema: string, work: (engine: WasmSchemaEngine) => Promise<T>): Promise<T> {
  bindings ??= loadBindings();
  const { SchemaEngine } = await bindings;
  const { pool, factory } = adapterFactory(connectionString);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory as unknown as Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0]);
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => undefined, adapter);
  try {
    return await work(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

export async function readSchema(): Promise<string> {
  return readFile(SCHEMA_PATH, "utf8");
}

/**
 * The SQL that would take the database at `connectionString` to schema.prisma, or
 * null when they already match (what `prisma migrate diff --exit-code` reports).
 */
export async function diffDatabaseToSchema(connectionString: string, schema?: string): Promise<string | null> {
  const datamodel = schema ?? (await readSchema());
  const files = [{ path: "schema.prisma", content: datamodel }];
  return withEngine(connectionString, datamodel, async (engine) => {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", configDir: process.cwd(), files },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    return result.exitCode === 0 ? null : (result.stdout ?? "");
  });
}

/** What Prisma (`prisma migrate status`) thinks of the database's migration history. */
export async function diagnoseMigrationHistory(
  connectionString: string,
  migrationsDir = path.join(process.cwd(), "prisma", "migrations"),
): Promise<MigrationHistoryDiagnosis> {
  const migrations = await readMigrations(migrationsDir);
  const lockfile = await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8").catch(() => null);
  return withEngine(connectionString, await readSchema(), (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList: {
        baseDir: migrationsDir,
        lockfile: { path: "migration_lock.toml", content: lockfile },
        shadowDbInitScript: "",
        migrationDirectories: migrations.map((migration) => ({
          path: migration.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.sql } },
        })),
      },
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    }),
  );
}
