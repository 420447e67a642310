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
