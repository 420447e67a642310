import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { requireDatabaseUrl } from "./env";

export type Database = PrismaClient;

export function createDatabase(connectionString: string): Database {
  const adapter = new PrismaPg({ connectionString, max: poolSize() });
  return new PrismaClient({ adapter });
}

function poolSize(): number {
  const fromEnv = Number(process.env.DRAFTWATCH_DB_POOL_SIZE);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 10;
}

const globalForDatabase = globalThis as unknown as { draftwatchDb?: Database };

/** The one Prisma client of this process. */
export function getDb(): Database {
  globalForDatabase.draftwatchDb ??= createDatabase(requireDatabaseUrl());
  return globalForDatabase.draftwatchDb;
}
