import "server-only";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { TextStatus } from "@/lib/generated/prisma/enums";
import { isoDay } from "../iso-day";
import { countStatuses, currentStatuses, isShownInVersion, type StatusCounts } from "../statuses/current-statuses";

export type { TextStatus };

export interface DocumentVersionItem {
  id: string;
  label: string;
  position: number;
  publishedOn: string | null;
  origin: string | null;
  textStatus: TextStatus;
  pointCount: number;
  /** Current statuses in this version, including provisions it removed. */
  statusCounts: StatusCounts;
}

export interface DocumentDetail {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  textNote: string | null;
  versions: DocumentVersionItem[];
}

export interface GetDocumentOptions {
  slug: string;
}

/** A document with its versions in order and each version's status counts. Two queries; throws NotFoundError. */
export async function getDocument({ slug }: GetDocumentOptions): Promise<DocumentDetail> {
  const db = getDb();
  const [document, statusRows] = await Promise.all([
    db.document.findUnique({
      where: { slug },
      select: {
        id: true,
        slug: true,
        title: true,
        summary: true,
        textNote: true,
        versions: {
          orderBy: { position: "asc" },
          select: {
            id: true,
            label: true,
            position: true,
            publishedOn: true,
            origin: true,
            textStatus: true,
            _count: { select: { points: true } },
          },
        },
      },
    }),
    db.pointStatus.findMany({
      where: { version: { document: { slug } } },
      select: { id: true, versionId: true, pointId: true, status: true, createdAt: true, point: { select: { versionId: true } } },
    }),
  ]);
  if (!document) throw new NotFoundError(`No document "${slug}".`);

  const shown = currentStatuses(statusRows).filter((row) =>
    isShownInVersion({ versionId: row.versionId, status: row.status, pointVersionId: row.point.versionId }),
  );
  return {
    id: document.id,
    slug: document.slug,
    title: document.title,
    summary: document.summary,
    textNote: document.textNote,
    versions: document.versions.map((version) => ({
      id: version.id,
      label: version.label,
      position: version.position,
      publishedOn: isoDay(version.publishedOn),
      origin: version.origin,
      textStatus: version.textStatus,
      pointCount: version._count.points,
      statusCounts: countStatuses(shown.filter((row) => row.versionId === version.id)),
    })),
  };
}
