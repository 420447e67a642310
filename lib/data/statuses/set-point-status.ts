import "server-only";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { PointStatusValue } from "@/lib/generated/prisma/enums";
import type { StatusInput } from "@/lib/stances/stance-input";
import { recordAudit } from "../audit/record-audit";
import { lockForUpdate } from "../lock-for-update";

export interface CurrentStatus {
  id: string;
  status: PointStatusValue;
  note: string | null;
  createdAt: Date;
  createdBy: string | null;
}

/**
 * Marks a point's status in its version: a new status row (the old ones stay as its
 * history) and its audit row, in one transaction. If the status changed since the
 * analyst read it (`baseStatusId`), nothing is written and a ConflictError carries
 * the current status.
 */
export async function setPointStatus(actor: Actor, input: StatusInput) {
  assertRole(actor, "analyst");
  return getDb().$transaction(async (tx) => {
    const point = await tx.point.findUnique({
      where: { id: input.pointId },
      select: { id: true, number: true, versionId: true, version: { select: { label: true, documentId: true } } },
    });
    if (!point) throw new NotFoundError("No such point.");
    if (point.versionId !== input.versionId) {
      throw new InvalidInputError("The point does not belong to that version.", { pointId: ["is not in this version"] });
    }
    await lockForUpdate(tx, `status:${input.versionId}:${input.pointId}`);
    const current = await tx.pointStatus.findFirst({
      where: { versionId: input.versionId, pointId: input.pointId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, status: true, note: true, createdAt: true, createdBy: { select: { name: true } } },
    });
    if ((current?.id ?? null) !== input.baseStatusId) {
      const shown: CurrentStatus | null = current
        ? { id: current.id, status: current.status, note: current.note, createdAt: current.createdAt, createdBy: current.createdBy?.name ?? null }
        : null;
      throw new ConflictError<CurrentStatus | null>(
        `Someone changed this status while you were editing: it is now "${current?.status ?? "not marked"}". Review it and save again if you still want your change.`,
        shown,
      );
    }
    const created = await tx.pointStatus.create({
      data: { versionId: input.versionId, pointId: input.pointId, status: input.status, note: input.note, createdById: actor.userId },
    });
    await recordAudit(tx, {
      actor,
      action: "status.set",
      entityType: "pointStatus",
      entityId: created.id,
      documentId: point.version.documentId,
      before: current ? { status: current.status, note: current.note } : null,
      after: { version: point.version.label, point: point.number, status: created.status, note: created.note },
      reason: input.note,
    });
    return created;
  });
}
