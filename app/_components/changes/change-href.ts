import type { ChangeTarget } from "@/lib/data/changes/list-changes";
import { documentPath, partyPath, pointAnchor, stanceCellPath, versionPath } from "@/app/_lib/paths";

/** Where a change links to, as a path on this site. */
export function changeHref(target: ChangeTarget): string {
  switch (target.kind) {
    case "stance-cell":
      return stanceCellPath(target.documentSlug, target.versionLabel, target.segment, target.partySlug);
    case "point":
      return `${versionPath(target.documentSlug, target.versionLabel)}#${pointAnchor(target.number)}`;
    case "version":
      return versionPath(target.documentSlug, target.versionLabel);
    case "document":
      return documentPath(target.documentSlug);
    case "party":
      return partyPath(target.partySlug);
    case "parties":
      return "/parties";
    case "home":
      return "/";
  }
}

/** The feed's query string for these filters ("" when none). */
export function changesQuery(filters: { document?: string | null; party?: string | null; before?: string | null }): string {
  const query = new URLSearchParams();
  if (filters.document) query.set("document", filters.document);
  if (filters.party) query.set("party", filters.party);
  if (filters.before) query.set("before", filters.before);
  const text = query.toString();
  return text ? `?${text}` : "";
}
