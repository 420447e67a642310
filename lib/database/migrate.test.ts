import { describe, expect, it } from "vitest";
import { MigrationError, checksumOf, pendingMigrations, type MigrationFile } from "./migrate";

const file = (name: string, sql = `-- ${name}`): MigrationFile => ({ name, sql, checksum: checksumOf(sql) });
const row = (migration: MigrationFile, finished = true) => ({
  migration_name: migration.name,
  checksum: migration.checksum,
  finished_at: finished ? new Date() : null,
  rolled_back_at: null,
});

describe("pendingMigrations", () => {
  const one = file("20260101000000_one");
  const two = file("20260102000000_two");

  it("returns the local migrations not yet applied, in order", () => {
    expect(pendingMigrations([one, two], [row(one)])).toEqual([two]);
    expect(pendingMigrations([one, two], [])).toEqual([one, two]);
  });

  it("refuses a history with an unfinished migration", () => {
    expect(() => pendingMigrations([one, two], [row(one, false)])).toThrow(/never finished/);
  });

  it("refuses a database migrated by newer code", () => {
    expect(() => pendingMigrations([one], [row(one), row(two)])).toThrow(/which this checkout does not/);
  });

  it("refuses an applied migration whose file changed", () => {
    expect(() => pendingMigrations([file(one.name, "-- changed")], [row(one)])).toThrow(MigrationError);
  });

  it("checksums like Prisma: sha256 of the file, hex", () => {
    expect(checksumOf("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});
