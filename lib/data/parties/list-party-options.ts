import "server-only";
import { getDb } from "@/lib/db";
import { partySelect, type PartySummary } from "./party-summary";

/** Every party, by name: for pickers and filters. One read. */
export async function listPartyOptions(): Promise<PartySummary[]> {
  return getDb().party.findMany({ orderBy: { name: "asc" }, select: partySelect });
}
