import "server-only";
import { sourceSelect } from "../sources/source-summary";

/** The columns of a status row that pages show, with its sources; use inside a Prisma `select`. */
export const statusDetailSelect = {
  id: true,
  versionId: true,
  pointId: true,
  status: true,
  summary: true,
  note: true,
  createdAt: true,
  sources: { select: { source: { select: sourceSelect } } },
} as const;
