import { withSelectedDatabase } from "@/lib/database/connection";
import { migrate } from "@/lib/database/migrate";
import { env } from "@/lib/env";

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
async function main() {
  const { DATABASE_URL, DRAFTWATCH_DATA_DIR } = env();
  await withSelectedDatabase({ databaseUrl: DATABASE_URL, dataDir: DRAFTWATCH_DATA_DIR, log: console.log }, async ({ url }) => {
    const result = await migrate({ connectionString: url, log: console.log });
    console.log(
      result.applied.length > 0
        ? `Applied ${result.applied.length} migration(s).`
        : `Database is up to date (${result.alreadyApplied.length} migration(s) applied).`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
