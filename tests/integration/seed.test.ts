import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "@/lib/db";
import type { Dataset } from "@/prisma/seed/dataset-schema";
import { DatasetError } from "@/prisma/seed/resolve-dataset";
import { BUNDLED_DATASET, seedDatabase } from "@/prisma/seed/seed-database";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let db: Database;
let dataset: Dataset;

beforeAll(async () => {
  database = await createTestDatabase("draftwatch_seed");
  db = createDatabase(database.url);
  dataset = JSON.parse(await readFile(BUNDLED_DATASET, "utf8")) as Dataset;
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

async function rowCounts(client: Database) {
  const tables = [
    "Document", "Version", "Point", "PointStatus", "LineageLink", "Party", "Stance", "Source", "VersionSource",
    "PointSource", "PointStatusSource", "StanceSource", "Event", "EventParty", "EventSource", "OpenQuestion", "AuditEntry",
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await client.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "${table}"`);
    counts[table] = Number(row?.count);
  }
  return counts;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe("loading the real dataset", () => {
  it("loads everything, keeping every citation, and loading again changes nothing", async () => {
    const first = await seedDatabase(db);
    expect(first.changed).toBe(true);
    const afterFirst = await rowCounts(db);

    const entries = dataset.documents.flatMap((document) => document.versions.flatMap((version) => version.points));
    const removals = entries.filter((entry) => entry.status === "removed" || entry.number.startsWith("removed:"));
    expect(afterFirst).toMatchObject({
      Document: dataset.documents.length,
      Version: sum(dataset.documents.map((document) => document.versions.length)),
      Point: entries.length - removals.length,
      PointStatus: entries.length,
      Party: dataset.parties.length,
      Source: dataset.sources.length,
      Stance: dataset.stances.length,
      Event: dataset.events.length,
      OpenQuestion: dataset.openQuestions.length,
      // Every citation survives: one join row per cited source id.
      VersionSource: sum(dataset.documents.flatMap((document) => document.versions.map((version) => version.sourceIds.length))),
      PointSource: sum(entries.filter((entry) => !removals.includes(entry)).map((entry) => entry.sourceIds.length)),
      PointStatusSource: sum(removals.map((entry) => entry.sourceIds.length)),
      StanceSource: sum(dataset.stances.map((stance) => stance.sourceIds.length)),
      EventSource: sum(dataset.events.map((event) => event.sourceIds.length)),
      EventParty: sum(dataset.events.map((event) => event.parties.length)),
      AuditEntry: 1,
    });

    const second = await seedDatabase(db);
    expect(second.changed).toBe(false);
    expect(await rowCounts(db)).toEqual(afterFirst);
  });

  it("maps the dataset's conventions onto the model", async () => {
    await seedDatabase(db);
    const geneva = await db.version.findFirstOrThrow({
      where: { label: "Geneva ~19-point", document: { slug: "us-brokered-peace-framework" } },
      include: { points: { where: { number: "21" } } },
    });
    expect(geneva.textStatus).toBe("unreleased");
    expect(geneva.points[0]).toMatchObject({ number: "21", numberProvisional: true, text: null });
    expect(geneva.points[0]?.summary).toMatch(/Territory/);

    // "removed:~3" in the 20-point framework is the removed status of Geneva's ~3, not a point.
    const framework = await db.version.findFirstOrThrow({ where: { label: "20-point framework" } });
    const removal = await db.pointStatus.findFirstOrThrow({
      where: { versionId: framework.id, status: "removed", point: { versionId: geneva.id, number: "3" } },
      include: { sources: true },
    });
    expect(removal.summary).toBe("The NATO non-enlargement expectation no longer appears.");
    expect(removal.sources.length).toBe(4);

    const subPoint = await db.point.findFirstOrThrow({
      where: { number: "10a", version: { label: "28-point" } },
      include: { parent: true },
    });
    expect(subPoint.parent?.number).toBe("10");

    const armyCap = await db.point.findFirstOrThrow({
      where: { number: "4", version: { label: "20-point framework" } },
      include: { linksIn: { include: { fromPoint: { include: { version: true } } } } },
    });
    expect(armyCap.linksIn.map((link) => [link.fromPoint.version.label, link.fromPoint.number, link.type])).toEqual([
      ["Geneva ~19-point", "6", "modified"],
    ]);
  });

  it("rejects an invalid dataset with every problem named, writing nothing", async () => {
    const target = await createTestDatabase("draftwatch_seed_bad");
    const client = createDatabase(target.url);
    try {
      const broken = structuredClone(dataset);
      broken.stances[broken.stances.length - 1]!.party = "atlantis";
      broken.documents[0]!.versions[1]!.points[0]!.predecessor = "99";
      const file = path.join(await mkdtemp(path.join(tmpdir(), "draftwatch-dataset-")), "broken.json");
      await writeFile(file, JSON.stringify(broken));

      const failure = await seedDatabase(client, { file }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(DatasetError);
      expect((failure as DatasetError).problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/unknown party "atlantis"/),
          expect.stringMatching(/predecessor 99 is not in the previous version/),
        ]),
      );
      expect(Object.values(await rowCounts(client)).every((count) => count === 0)).toBe(true);

      const notJson = file.replace(/broken\.json$/, "not-json.json");
      await writeFile(notJson, "{ this is not json");
      await expect(seedDatabase(client, { file: notJson })).rejects.toThrow(/Cannot read the dataset/);
    } finally {
      await client.$disconnect();
      await target.drop();
    }
  });
});
