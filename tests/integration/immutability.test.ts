import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "@/lib/db";
import { createDocumentWithVersion, createParty } from "../support/factories";

let db: Database;
beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL as string);
});
afterAll(async () => {
  await db.$disconnect();
});

describe("the published record and its history are never rewritten", () => {
  it("refuses to update a version, a point, a status, a stance or an audit entry", async () => {
    const { version, points } = await createDocumentWithVersion(db, { points: [{ number: "1", text: "Original wording." }] });
    const point = points[0]!;
    const party = await createParty(db);
    const status = await db.pointStatus.create({ data: { versionId: version.id, pointId: point.id, status: "unchanged" } });
    const stance = await db.stance.create({
      data: { partyId: party.id, versionId: version.id, pointId: point.id, position: "supports", summary: "Backs it.", statedOn: new Date("2025-11-20") },
    });
    const audit = await db.auditEntry.create({ data: { action: "test", entityType: "point", entityId: point.id } });

    await expect(db.version.update({ where: { id: version.id }, data: { label: "Rewritten" } })).rejects.toThrow(/immutable/);
    await expect(db.point.update({ where: { id: point.id }, data: { text: "Rewritten." } })).rejects.toThrow(/immutable/);
    await expect(db.pointStatus.update({ where: { id: status.id }, data: { status: "agreed" } })).rejects.toThrow(/immutable/);
    await expect(db.stance.update({ where: { id: stance.id }, data: { position: "opposes" } })).rejects.toThrow(/immutable/);
    await expect(db.auditEntry.delete({ where: { id: audit.id } })).rejects.toThrow(/immutable/);

    expect((await db.point.findUniqueOrThrow({ where: { id: point.id } })).text).toBe("Original wording.");
    expect((await db.stance.findUniqueOrThrow({ where: { id: stance.id } })).position).toBe("supports");
  });
});
