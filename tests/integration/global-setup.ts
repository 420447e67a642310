import type { TestProject } from "vitest/node";
import { createDatabase } from "@/lib/db";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { createTestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One fresh, migrated database per test run, holding the real dataset and dropped
 * afterwards. Tests read the dataset and create their own, uniquely named rows.
 */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("draftwatch_it");
  const db = createDatabase(database.url);
  await seedDatabase(db);
  await db.$disconnect();
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.drop();
  };
}
