import "server-only";
import { loadProvisionGraph } from "@/lib/data/lineage/load-provision-graph";
import { randomUUID } from "node:crypto";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StancePosition } from "@/lib/generated/prisma/enums";
import { latestStancePerParty } from "@/lib/stances/latest-stances";
import type { StanceInput } from "@/lib/stances/stance-input";
import { recordAudit } from "../audit/record-audit";
import { isoDay } from "../iso-day";
import { lockForUpdate } from "../lock-for-update";

export interface CurrentStance {
  id: string;
  position: StancePosition;
  summary: string;
  statedOn: string;
  versionLabel: string;
  recordedBy: string | null;
}

type Tx = Prisma.TransactionClient;

/**
 * The stance a cell shows: for a point, the party's latest stance on any point of the
 * provision about a version up to this one; for a whole version, its latest stance on
 * that version.
 */
async function currentCellStance(tx: Tx, cell: { partyId: string; versionId: string; pointId: string | null; documentId: string; versionPosition: number }) {
  const select = {
    id: true,
    partyId: true,
    pointId: true,
    position: true,
    summary: true,
    statedOn: true,
    recordedAt: true,
    recordedBy: { select: { name: true } },
    version: { select: { label: true, position: true } },
  } as const;
  if (cell.pointId === null) {
    return tx.stance.findFirst({
      where: { partyId: cell.partyId, versionId: cell.versionId, pointId: null },
      orderBy: [{ statedOn: "desc" }, { recordedAt: "desc" }, { id: "desc" }],
      select,
    });
  }
  const graph = await loadProvisionGraph(tx, cell.documentId);
  const provision = graph.pointsOf(graph.provisionOf(cell.pointId));
  const stances = await tx.stance.findMany({ where: { partyId: cell.partyId, pointId: { in: provision } }, select });
  const latest = latestStancePerParty(
    stances.map((stance) => ({ ...stance, versionPosition: stance.version.position })),
    new Set(provision),
    cell.versionPosition,
  );
  return latest.get(cell.partyId) ?? null;
}

/**
 * Records a party's stance (never overwriting an earlier one), its sources — existing
 * ones and at most one new one — and the audit row, in one transaction. If the cell's
 * stance changed since the analyst read it (`baseStanceId`), nothing is written and a
 * ConflictError carries the current stance.
 */
export async function recordStance(actor: Actor, input: StanceInput) {
  assertRole(actor, "analyst");
  return getDb().$transaction(async (tx) => {
    const [version, party] = await Promise.all([
      tx.version.findUnique({ where: { id: input.versionId }, select: { id: true, label: true, position: true, documentId: true } }),
      tx.party.findUnique({ where: { id: input.partyId }, select: { id: true, name: true } }),
    ]);
    if (!version) throw new NotFoundError("No such version.");
    if (!party) throw new NotFoundError("No such party.");
    let pointNumber: string | null = null;
    if (input.pointId !== null) {
      const point = await tx.point.findUnique({
        where: { id: input.pointId },
        select: { number: true, version: { select: { documentId: true, position: true } } },
      });
      // A stance may name a point of this version, or the last point of a provision
      // this version removed (an earlier version's point).
      if (!point || point.version.documentId !== version.documentId || point.version.position > version.position) {
        throw new InvalidInputError("The point is not part of this version.", { pointId: ["is not in this version"] });
      }
      pointNumber = point.number;
    }
    if (input.sourceIds.length > 0) {
      const found = await tx.source.count({ where: { id: { in: input.sourceIds } } });
      if (found !== new Set(input.sourceIds).size) throw new InvalidInputError("A chosen source does not exist.", { sourceIds: ["includes an unknown source"] });
    }

    await lockForUpdate(tx, `stance:${version.documentId}:${input.partyId}`);
    const current = await currentCellStance(tx, {
      partyId: input.partyId,
      versionId: version.id,
      pointId: input.pointId,
      documentId: version.documentId,
      versionPosition: version.position,
    });
    if ((current?.id ?? null) !== input.baseStanceId) {
      const shown: CurrentStance | null = current
        ? {
            id: current.id,
            position: current.position,
            summary: current.summary,
            statedOn: isoDay(current.statedOn),
            versionLabel: current.version.label,
            recordedBy: current.recordedBy?.name ?? null,
          }
        : null;
      throw new ConflictError<CurrentStance | null>(
        `${party.name}'s stance here changed while you were editing: it is now "${current?.position ?? "none"}". Your text is kept below; review the new stance and save again if yours still stands.`,
        shown,
      );
    }

    const sourceIds = [...new Set(input.sourceIds)];
    if (input.newSource) {
      const source = await tx.source.create({
        data: {
          key: `src-${randomUUID().slice(0, 12)}`,
          outlet: input.newSource.outlet,
          title: input.newSource.title,
          url: input.newSource.url,
          publishedOn: input.newSource.publishedOn ? new Date(`${input.newSource.publishedOn}T00:00:00Z`) : null,
          reliability: input.newSource.reliability,
        },
      });
      sourceIds.push(source.id);
    }
    const stance = await tx.stance.create({
      data: {
        partyId: input.partyId,
        versionId: version.id,
        pointId: input.pointId,
        position: input.position,
        summary: input.summary,
        quote: input.quote,
        statedOn: new Date(`${input.statedOn}T00:00:00Z`),
        note: input.note,
        recordedById: actor.userId,
        sources: { create: sourceIds.map((sourceId) => ({ sourceId })) },
      },
    });
    await recordAudit(tx, {
      actor,
      action: "stance.record",
      entityType: "stance",
      entityId: stance.id,
      documentId: version.documentId,
      partyId: input.partyId,
      before: current ? { position: current.position, summary: current.summary, version: current.version.label } : null,
      after: {
        party: party.name,
        version: version.label,
        point: pointNumber,
        position: stance.position,
        summary: stance.summary,
        statedOn: input.statedOn,
        sources: sourceIds.length,
      },
      reason: input.note,
    });
    return stance;
  });
}
