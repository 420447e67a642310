import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EmbeddedDatabaseError, startEmbeddedDatabase } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrate";
import { diffDatabaseToSchema } from "@/lib/database/schema-engine";
import { createDatabase } from "@/lib/db";
import { seedDatabase } from "@/prisma/seed/seed-database";

const tempDir = () => mkdtemp(path.join(tmpdir(), "draftwatch-embedded-"));

describe("the embedded database", () => {
  it("migrates and seeds through the same pg + Prisma path, and keeps its data across restarts", async () => {
    const dataDir = await tempDir();
    const first = await startEmbeddedDatabase({ dataDir });
    try {
      await migrate({ connectionString: first.url });
      expect(await diffDatabaseToSchema(first.url)).toBeNull();
      const db = createDatabase(first.url);
      await seedDatabase(db);
      expect(await db.document.count()).toBe(2);
      await db.$disconnect();
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedDatabase({ dataDir });
    try {
      const again = await migrate({ connectionString: second.url });
      expect(again.applied).toEqual([]);
      const db = createDatabase(second.url);
      expect(await db.version.count({ where: { document: { slug: "us-brokered-peace-framework" } } })).toBe(5);
      expect((await seedDatabase(db)).changed).toBe(false);
      await db.$disconnect();
    } finally {
      await second.stop();
    }
  });

  it("names the damaged folder and the fix when the data cannot be opened", async () => {
    const dataDir = await tempDir();
    const database = await startEmbeddedDatabase({ dataDir });
    await database.stop();
    await writeFile(path.join(dataDir, "pglite", "global", "pg_control"), "not a control file");

    const failure = await startEmbeddedDatabase({ dataDir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EmbeddedDatabaseError);
    expect((failure as Error).message).toMatch(/could not be opened/);
    expect((failure as Error).message).toContain(`mv ${path.join(dataDir, "pglite")}`);
  });

  it("refuses a folder another running process is using", async () => {
    const dataDir = await tempDir();
    await writeFile(path.join(dataDir, "draftwatch.pid"), String(process.ppid));
    await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(/in use by another Draftwatch process/);
  });
});
