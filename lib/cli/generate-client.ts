import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * Runs `prisma generate`. Generating needs no schema engine, but the CLI insists on
 * finding one and tries to download it when absent; offline, pointing it at any
 * existing file (here the Node binary) satisfies the check.
 */
export function generatePrismaClient(): void {
  const require = createRequire(import.meta.url);
  const prismaCli = require.resolve("prisma/build/index.js");
  const env = { ...process.env };
  if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
    env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
  }
  const result = spawnSync(process.execPath, [prismaCli, "generate"], { stdio: "inherit", env });
  if (result.status !== 0) {
    throw new Error(`prisma generate failed (exit code ${result.status ?? "none"}).`);
  }
}

export function prismaClientIsGenerated(): boolean {
  return existsSync("lib/generated/prisma/client.ts");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    generatePrismaClient();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
