import { spawn, spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import net from "node:net";
import { createRequire } from "node:module";
import { selectDatabase, type SelectedDatabase } from "@/lib/database/connection";
import { migrate } from "@/lib/database/migrate";
import { env } from "@/lib/env";
import { BUILD_FINGERPRINT_FILE, buildFingerprint, buildIsCurrent } from "./build-fingerprint";
import { generatePrismaClient, prismaClientIsGenerated } from "./generate-client";

/**
 * `npm start`: one command from a fresh clone to a running app. Picks the database
 * (DATABASE_URL or the embedded one), migrates, loads the dataset if missing,
 * builds when the sources changed since the last build, and serves the build.
 */

class StartError extends Error {
  override name = "StartError";
}

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new StartError(
          error.code === "EADDRINUSE"
            ? `Port ${port} is already in use. Stop the program using it, or choose another port: PORT=${port + 1} npm start`
            : `Cannot listen on port ${port} (${error.message}). Choose another port with PORT=…`,
        ),
      );
    });
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

function runNext(args: string[], extraEnv: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, [nextBin, ...args], {
    stdio: "inherit",
    env: { ...process.env, ...extraEnv, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new StartError(`next ${args[0]} failed (exit code ${result.status ?? "none"}).`);
}

async function main() {
  const { PORT, DATABASE_URL, DRAFTWATCH_DATA_DIR } = env();
  await assertPortFree(PORT);

  if (!prismaClientIsGenerated()) generatePrismaClient();

  let database: SelectedDatabase | null = null;
  const shutdown = async () => {
    await database?.embedded?.stop();
  };

  try {
    database = await selectDatabase({ databaseUrl: DATABASE_URL, dataDir: DRAFTWATCH_DATA_DIR });
    console.log(`Database: ${database.description}`);

    const migrated = await migrate({ connectionString: database.url, log: (m) => console.log(m) });
    console.log(`Migrations: ${migrated.applied.length} applied, ${migrated.alreadyApplied.length} already in place.`);

    // Imported only now: the Prisma client they load may have just been generated.
    const { createDatabase } = await import("@/lib/db");
    const { seedDatabase } = await import("@/prisma/seed/seed-database");
    const db = createDatabase(database.url);
    try {
      await seedDatabase(db, { log: (m) => console.log(m) });
      if (database.embedded) {
        const { ensureFirstAdmin } = await import("@/lib/auth/first-admin");
        await ensureFirstAdmin(db);
      }
    } finally {
      await db.$disconnect();
    }

    if (await buildIsCurrent()) {
      console.log("Using the existing production build (sources unchanged).");
    } else {
      console.log("Building Draftwatch for production (first start or sources changed)…");
      runNext(["build"]);
      await writeFile(BUILD_FINGERPRINT_FILE, await buildFingerprint());
    }
  } catch (error) {
    await shutdown();
    throw error;
  }

  const server = spawn(process.execPath, [nextBin, "start", "--port", String(PORT)], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      NEXT_TELEMETRY_DISABLED: "1",
      // The embedded database runs one query at a time; a small pool queues less.
      ...(database.embedded ? { DRAFTWATCH_DB_POOL_SIZE: "4" } : {}),
    },
  });
  console.log(`Draftwatch is starting on http://localhost:${PORT} (database: ${database.embedded ? "embedded" : "server"}).`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  server.on("exit", (code) => {
    void shutdown().finally(() => process.exit(code ?? 0));
  });
}

main().catch((error: unknown) => {
  console.error(`Draftwatch could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
