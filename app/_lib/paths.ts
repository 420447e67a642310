/** The URL scheme of the reading pages; labels and slugs are percent-encoded. */

export function documentPath(slug: string): string {
  return `/documents/${encodeURIComponent(slug)}`;
}

export function versionPath(slug: string, label: string): string {
  return `${documentPath(slug)}/versions/${encodeURIComponent(label)}`;
}

/** Anchor of a point on its version page, e.g. "point-10a". */
export function pointAnchor(number: string): string {
  return `point-${number.replace(/[^A-Za-z0-9_-]+/g, "-")}`;
}

/** A point's page: the provision's history across all versions. */
export function pointPath(slug: string, label: string, number: string): string {
  return `${versionPath(slug, label)}/points/${encodeURIComponent(number)}`;
}

/** The comparison of two versions (labels), with optional view state as query parameters. */
export function comparePath(slug: string, from: string, to: string, view: Record<string, string> = {}): string {
  const query = new URLSearchParams({ from, to, ...view });
  return `${documentPath(slug)}/compare?${query.toString()}`;
}

/** The stance matrix of a version. */
export function stancesPath(slug: string, label: string): string {
  return `${versionPath(slug, label)}/stances`;
}

/** One cell of the stance matrix: a party's stance on a point (or, with null, on the whole version), with its evidence and history. */
export function stanceCellPath(slug: string, label: string, number: string | null, partySlug: string): string {
  return `${stancesPath(slug, label)}/${number === null ? "whole" : encodeURIComponent(number)}/${encodeURIComponent(partySlug)}`;
}

export function partyPath(slug: string): string {
  return `/parties/${encodeURIComponent(slug)}`;
}
