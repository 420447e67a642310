/**
 * An Atom 1.0 feed (RFC 4287) as text. Pure: every value is XML-escaped here, and
 * titles, summaries and contents are plain text (type="text"), never HTML.
 */

export interface AtomEntry {
  /** A stable IRI, e.g. "urn:uuid:…". */
  id: string;
  title: string;
  updated: Date;
  authorName: string;
  /** Absolute URL of the thing that changed. */
  link: string;
  summary: string;
  /** Longer plain text; omitted when null. */
  content: string | null;
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself. */
  selfLink: string;
  /** Absolute URL of the same list as a web page. */
  alternateLink: string;
  /** When anything in the feed last changed; defaults to the newest entry. */
  updated?: Date;
  entries: AtomEntry[];
}

// Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/F).
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  return `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}

function link(href: string, rel: string, type?: string): string {
  return `<link rel="${escapeXml(rel)}" href="${escapeXml(href)}"${type ? ` type="${escapeXml(type)}"` : ""}/>`;
}

export function renderAtomFeed(feed: AtomFeed): string {
  const newest = feed.entries.reduce<Date | null>((latest, entry) => (!latest || entry.updated > latest ? entry.updated : latest), null);
  const updated = feed.updated ?? newest ?? new Date(0);
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  ${element("id", feed.id)}`,
    `  ${element("title", feed.title, { type: "text" })}`,
    ...(feed.subtitle ? [`  ${element("subtitle", feed.subtitle, { type: "text" })}`] : []),
    `  ${element("updated", updated.toISOString())}`,
    `  ${link(feed.selfLink, "self", "application/atom+xml")}`,
    `  ${link(feed.alternateLink, "alternate", "text/html")}`,
    `  ${element("generator", "Draftwatch")}`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      `  <entry>`,
      `    ${element("id", entry.id)}`,
      `    ${element("title", entry.title, { type: "text" })}`,
      `    ${element("updated", entry.updated.toISOString())}`,
      `    <author>${element("name", entry.authorName)}</author>`,
      `    ${link(entry.link, "alternate", "text/html")}`,
      ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
      `    ${element("summary", entry.summary, { type: "text" })}`,
      ...(entry.content ? [`    ${element("content", entry.content, { type: "text" })}`] : []),
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, "");
  return lines.join("\n");
}
