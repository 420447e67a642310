import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db";
import type { PartyKind, TextStatus } from "@/lib/generated/prisma/client";

/**
 * Builders for test data. Every row gets a unique name, so tests share one database
 * and run in parallel without cleaning up after each other.
 */

export const uniqueSuffix = () => randomUUID().slice(0, 8);

export interface PointInput {
  number: string;
  text?: string | null;
  summary?: string | null;
  topics?: string[];
  numberProvisional?: boolean;
}

export async function createDocument(db: Database, overrides: { slug?: string; title?: string } = {}) {
  const suffix = uniqueSuffix();
  return db.document.create({
    data: { slug: overrides.slug ?? `test-document-${suffix}`, title: overrides.title ?? `Test document ${suffix}` },
  });
}

export async function createVersion(
  db: Database,
  documentId: string,
  input: { label?: string; position: number; textStatus?: TextStatus; publishedOn?: Date; points?: PointInput[] },
) {
  const version = await db.version.create({
    data: {
      documentId,
      label: input.label ?? `Draft ${input.position}`,
      position: input.position,
      textStatus: input.textStatus ?? "full",
      publishedOn: input.publishedOn ?? null,
    },
  });
  const points = [];
  for (const [index, point] of (input.points ?? []).entries()) {
    points.push(
      await db.point.create({
        data: {
          versionId: version.id,
          number: point.number,
          numberProvisional: point.numberProvisional ?? false,
          position: index + 1,
          text: point.text === undefined ? `Text of point ${point.number}.` : point.text,
          summary: point.summary ?? null,
          topics: point.topics ?? [],
        },
      }),
    );
  }
  return { version, points };
}

export async function createDocumentWithVersion(db: Database, input: { points?: PointInput[]; textStatus?: TextStatus } = {}) {
  const document = await createDocument(db);
  const { version, points } = await createVersion(db, document.id, { position: 1, ...input });
  return { document, version, points };
}

export async function createParty(db: Database, overrides: { name?: string; kind?: PartyKind } = {}) {
  const suffix = uniqueSuffix();
  return db.party.create({
    data: {
      slug: `party-${suffix}`,
      name: overrides.name ?? `Party ${suffix}`,
      shortLabel: `P${suffix.slice(0, 3).toUpperCase()}`,
      kind: overrides.kind ?? "state",
      colour: "#445566",
    },
  });
}

export async function createSource(db: Database) {
  const suffix = uniqueSuffix();
  return db.source.create({
    data: {
      key: `src-test-${suffix}`,
      outlet: "Test Wire",
      title: `Report ${suffix}`,
      url: `https://example.org/reports/${suffix}`,
      reliability: "reputable_report",
    },
  });
}

export async function createActor(db: Database, role: "reader" | "analyst" | "admin" = "analyst") {
  const suffix = uniqueSuffix();
  const user = await db.user.create({
    data: { id: `user-${suffix}`, name: `Analyst ${suffix}`, email: `analyst-${suffix}@example.org`, role },
  });
  return { userId: user.id, name: user.name, email: user.email, role, via: "session" as const };
}
