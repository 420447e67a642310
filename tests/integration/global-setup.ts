import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh, migrated database per test run, dropped afterwards. Tests create their own rows in it. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("draftwatch_it");
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.drop();
  };
}
