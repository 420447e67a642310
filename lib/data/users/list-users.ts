import "server-only";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";

export interface UserListItem {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
  deactivatedAt: Date | null;
  activeTokens: number;
}

/** Every user, active ones first, then by name. For the admin's user list. */
export async function listUsers(): Promise<UserListItem[]> {
  const rows = await getDb().user.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      deactivatedAt: true,
      _count: { select: { apiTokens: { where: { revokedAt: null } } } },
    },
  });
  return rows
    .map(({ _count, ...row }) => ({ ...row, activeTokens: _count.apiTokens }))
    .sort((a, b) => Number(a.deactivatedAt !== null) - Number(b.deactivatedAt !== null));
}
