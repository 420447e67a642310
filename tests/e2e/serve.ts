import { spawn } from "node:child_process";
import pg from "pg";
import { adminDatabaseUrl, createTestDatabase } from "../support/test-database";

/**
 * Playwright's web server: a fresh database for this run, then `npm start` against it
 * (migrate, seed, build if needed, serve the production build). The database is
 * dropped when Playwright stops the server.
 */

const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

// Databases of runs that were killed before they could clean up.
async function dropStaleDatabases() {
  const client = new pg.Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'draftwatch\\_e2e\\_%'`);
    for (const { datname } of rows) {
      const created = Number.parseInt(datname.split("_")[2] ?? "", 36);
      if (Number.isFinite(created) && Date.now() - created > STALE_AFTER_MS) {
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    }
  } finally {
    await client.end();
  }
}

async function main() {
  await dropStaleDatabases();
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the browser tests through `npm run test:e2e`.");
  const database = await createTestDatabase("draftwatch_e2e", { migrated: false, name: new URL(url).pathname.slice(1) });

  const app = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, PORT: process.env.E2E_PORT ?? "3210" },
  });

  let cleaning = false;
  const cleanUp = async (code: number) => {
    if (cleaning) return;
    cleaning = true;
    app.kill("SIGTERM");
    await database.drop().catch((error: unknown) => console.error(`Could not drop ${database.name}:`, error));
    process.exit(code);
  };
  process.on("SIGINT", () => void cleanUp(0));
  process.on("SIGTERM", () => void cleanUp(0));
  app.on("exit", (code) => void cleanUp(code ?? 1));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
