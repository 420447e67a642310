import "server-only";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { lineageTypeBetween } from "@/lib/lineage/link-type";
import { recordAudit } from "../audit/record-audit";

export interface LinkPointsInput {
  fromPointId: string;
  toPointId: string;
  /** "auto" when confirming a match the engine proposed (with its similarity), "manual" when chosen by hand. */
  method: "auto" | "manual";
  similarity?: number | null;
  note?: string | null;
}

const pointSelect = {
  id: true,
  number: true,
  text: true,
  version: { select: { id: true, label: true, position: true, documentId: true } },
} as const;

/**
 * Records that two points of different versions are the same provision, as confirmed
 * by an analyst. Lifts any earlier rejection of the pair. Audited.
 */
export async function linkPoints(actor: Actor, input: LinkPointsInput) {
  assertRole(actor, "analyst");
  const db = getDb();
  return db.$transaction(async (tx) => {
    const [from, to] = await Promise.all([
      tx.point.findUnique({ where: { id: input.fromPointId }, select: pointSelect }),
      tx.point.findUnique({ where: { id: input.toPointId }, select: pointSelect }),
    ]);
    if (!from || !to) throw new NotFoundError("One of the points to link does not exist.");
    if (from.version.documentId !== to.version.documentId) {
      throw new InvalidInputError("Points of different documents cannot be linked.", { toPointId: ["belongs to another document"] });
    }
    if (from.version.id === to.version.id) {
      throw new InvalidInputError("Points of the same version cannot be linked.", { toPointId: ["belongs to the same version"] });
    }
    // Links run forward in time, whichever order the analyst compared the versions in.
    const [earlier, later] = from.version.position < to.version.position ? [from, to] : [to, from];
    const existing = await tx.lineageLink.findUnique({
      where: { fromPointId_toPointId: { fromPointId: earlier.id, toPointId: later.id } },
    });
    if (existing) throw new ConflictError("These points are already linked.", existing);

    await tx.lineageRejection.deleteMany({
      where: {
        OR: [
          { fromPointId: earlier.id, toPointId: later.id },
          { fromPointId: later.id, toPointId: earlier.id },
        ],
      },
    });
    const link = await tx.lineageLink.create({
      data: {
        fromPointId: earlier.id,
        toPointId: later.id,
        type: lineageTypeBetween(earlier, later),
        confidence: input.method === "auto" ? Math.max(0, Math.min(1, input.similarity ?? 0)) : 1,
        method: input.method,
        confirmedById: actor.userId,
        confirmedAt: new Date(),
        note: input.note?.trim() || null,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "lineage.link",
      entityType: "lineageLink",
      entityId: link.id,
      documentId: from.version.documentId,
      after: {
        from: `${earlier.version.label} ${earlier.number}`,
        to: `${later.version.label} ${later.number}`,
        type: link.type,
        method: link.method,
        confidence: link.confidence,
      },
      reason: link.note,
    });
    return link;
  });
}
