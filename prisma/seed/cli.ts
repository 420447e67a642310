import { withSelectedDatabase } from "@/lib/database/connection";
import { migrate } from "@/lib/database/migrate";
import { createDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { seedDatabase } from "./seed-database";

/** `npm run db:seed [-- file.json]`: loads the bundled dataset (or the given file), migrating first. */
async function main() {
  const { DATABASE_URL, DRAFTWATCH_DATA_DIR } = env();
  await withSelectedDatabase({ databaseUrl: DATABASE_URL, dataDir: DRAFTWATCH_DATA_DIR, log: console.log }, async ({ url }) => {
    await migrate({ connectionString: url, log: console.log });
    const db = createDatabase(url);
    try {
      await seedDatabase(db, { file: process.argv[2], log: console.log });
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
