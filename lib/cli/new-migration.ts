import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { DEFAULT_MIGRATIONS_DIR, migrate } from "@/lib/database/migrate";
import { diffDatabaseToSchema } from "@/lib/database/schema-engine";

/**
 * `npm run db:new-migration -- <name>`: writes the SQL that takes the committed
 * migrations to prisma/schema.prisma into prisma/migrations/<timestamp>_<name>/,
 * the way `prisma migrate dev --create-only` would. It replays the migrations on a
 * throwaway in-memory PostgreSQL and asks Prisma's schema engine for the difference.
 * Review the file, add anything Prisma cannot express (triggers), then commit it.
 */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error("Usage: npm run db:new-migration -- <name> (lowercase letters, digits and underscores)");
  }
  const scratch = await PGlite.create();
  const server = new PGLiteSocketServer({ db: scratch, host: "127.0.0.1", port: 0, maxConnections: 4 });
  await server.start();
  try {
    const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres`;
    await migrate({ connectionString: url });
    const sql = await diffDatabaseToSchema(url);
    if (sql === null) {
      console.log("schema.prisma matches the migrations: nothing to write.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join(DEFAULT_MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "migration.sql"), sql.replace(/^-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n/, ""));
    console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql`);
  } finally {
    await server.stop();
    await scratch.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
