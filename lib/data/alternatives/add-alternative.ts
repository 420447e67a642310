import "server-only";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import type { AlternativeInput } from "@/lib/stances/stance-input";
import { recordAudit } from "../audit/record-audit";

/** Records a bracketed alternative wording of a point, attributed to the party that tabled it. Audited. */
export async function addAlternative(actor: Actor, input: AlternativeInput) {
  assertRole(actor, "analyst");
  return getDb().$transaction(async (tx) => {
    const [point, party] = await Promise.all([
      tx.point.findUnique({ where: { id: input.pointId }, select: { number: true, versionId: true, version: { select: { label: true, documentId: true } } } }),
      tx.party.findUnique({ where: { id: input.partyId }, select: { name: true } }),
    ]);
    if (!point) throw new NotFoundError("No such point.");
    if (!party) throw new NotFoundError("No such party.");
    if (point.versionId !== input.versionId) {
      throw new InvalidInputError("The point does not belong to that version.", { pointId: ["is not in this version"] });
    }
    const alternative = await tx.alternative.create({
      data: { versionId: input.versionId, pointId: input.pointId, partyId: input.partyId, text: input.text, note: input.note, createdById: actor.userId },
    });
    await recordAudit(tx, {
      actor,
      action: "alternative.add",
      entityType: "alternative",
      entityId: alternative.id,
      documentId: point.version.documentId,
      partyId: input.partyId,
      after: { version: point.version.label, point: point.number, party: party.name, text: alternative.text },
      reason: input.note,
    });
    return alternative;
  });
}

/** Deletes an alternative wording (admins only); the audit row keeps it. */
export async function deleteAlternative(actor: Actor, input: { alternativeId: string; reason?: string | null }) {
  assertRole(actor, "admin");
  return getDb().$transaction(async (tx) => {
    const alternative = await tx.alternative.findUnique({
      where: { id: input.alternativeId },
      select: { id: true, text: true, partyId: true, point: { select: { number: true, version: { select: { label: true, documentId: true } } } } },
    });
    if (!alternative) throw new NotFoundError("No such alternative wording.");
    await tx.alternative.delete({ where: { id: alternative.id } });
    await recordAudit(tx, {
      actor,
      action: "alternative.delete",
      entityType: "alternative",
      entityId: alternative.id,
      documentId: alternative.point.version.documentId,
      partyId: alternative.partyId,
      before: { version: alternative.point.version.label, point: alternative.point.number, text: alternative.text },
      reason: input.reason?.trim() || null,
    });
  });
}
