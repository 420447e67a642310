import "server-only";
import { loadProvisionGraph } from "@/lib/data/lineage/load-provision-graph";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";

/**
 * Records that two points are NOT the same provision: removes their direct link, if
 * there is one, and stores a rejection so the automatic alignment never pairs them
 * again. A correspondence that only follows from links through other versions must be
 * cut where it is stated. Audited.
 */
export async function unlinkPoints(actor: Actor, input: { fromPointId: string; toPointId: string; note?: string | null }) {
  assertRole(actor, "analyst");
  const db = getDb();
  return db.$transaction(async (tx) => {
    const points = await tx.point.findMany({
      where: { id: { in: [input.fromPointId, input.toPointId] } },
      select: { id: true, number: true, version: { select: { label: true, documentId: true } } },
    });
    const from = points.find((p) => p.id === input.fromPointId);
    const to = points.find((p) => p.id === input.toPointId);
    if (!from || !to) throw new NotFoundError("One of the points to unlink does not exist.");
    if (from.version.documentId !== to.version.documentId) {
      throw new InvalidInputError("Points of different documents are never linked.", { toPointId: ["belongs to another document"] });
    }

    const direct = await tx.lineageLink.findMany({
      where: {
        OR: [
          { fromPointId: from.id, toPointId: to.id },
          { fromPointId: to.id, toPointId: from.id },
        ],
      },
    });
    if (direct.length === 0) {
      if ((await loadProvisionGraph(tx, from.version.documentId)).sameProvision(from.id, to.id)) {
        throw new InvalidInputError(
          "These points are linked through intermediate versions. Compare adjacent versions and unlink the link that is wrong there.",
          { toPointId: ["linked through other versions"] },
        );
      }
    }
    const existingRejection = await tx.lineageRejection.findFirst({
      where: {
        OR: [
          { fromPointId: from.id, toPointId: to.id },
          { fromPointId: to.id, toPointId: from.id },
        ],
      },
    });
    if (existingRejection && direct.length === 0) throw new ConflictError("These points are already marked as not linked.", existingRejection);

    await tx.lineageLink.deleteMany({ where: { id: { in: direct.map((link) => link.id) } } });
    const rejection =
      existingRejection ??
      (await tx.lineageRejection.create({
        data: { fromPointId: from.id, toPointId: to.id, createdById: actor.userId, note: input.note?.trim() || null },
      }));
    await recordAudit(tx, {
      actor,
      action: "lineage.unlink",
      entityType: "lineageRejection",
      entityId: rejection.id,
      documentId: from.version.documentId,
      before: direct.length > 0 ? direct.map((link) => ({ id: link.id, type: link.type, method: link.method, confidence: link.confidence, confirmedById: link.confirmedById })) : null,
      after: { from: `${from.version.label} ${from.number}`, to: `${to.version.label} ${to.number}`, linked: false },
      reason: input.note?.trim() || null,
    });
    return rejection;
  });
}
