import "server-only";
import type { Database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildProvisionGraph, type ProvisionGraph } from "@/lib/lineage/provision-graph";

/** The provisions of one or more documents, from their points and lineage links (two queries). */
export async function loadProvisionGraph(
  client: Database | Prisma.TransactionClient,
  documentIds: string | string[],
): Promise<ProvisionGraph> {
  const inDocuments = { documentId: { in: typeof documentIds === "string" ? [documentIds] : documentIds } };
  const [points, links] = await Promise.all([
    client.point.findMany({ where: { version: inDocuments }, select: { id: true, versionId: true } }),
    client.lineageLink.findMany({ where: { fromPoint: { version: inDocuments } }, select: { fromPointId: true, toPointId: true } }),
  ]);
  return buildProvisionGraph(points, links);
}
