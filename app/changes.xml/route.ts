import { canRead } from "@/lib/auth/can-read";
import { getRequestActor } from "@/lib/auth/current-actor";
import { renderAtomFeed, type AtomEntry } from "@/lib/changes/atom-feed";
import { listChanges, type ChangeItem } from "@/lib/data/changes/list-changes";
import { NotFoundError } from "@/lib/errors";
import { changeHref, changesQuery } from "@/app/_components/changes/change-href";

const FEED_SIZE = 50;

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

function entryOf(item: ChangeItem, origin: string): AtomEntry {
  const context = [item.document?.title, item.kind === "edit" ? item.party?.name : null].filter(Boolean).join(" · ");
  if (item.kind === "version") {
    return {
      id: `urn:uuid:${item.id}`,
      title: item.document ? `${item.title} (${item.document.title})` : item.title,
      updated: item.at,
      authorName: item.actor ?? "Draftwatch",
      link: new URL(changeHref(item.target), origin).toString(),
      summary: [`New version ${item.version.label}`, item.version.publishedOn ? `published ${item.version.publishedOn}` : null, context || null].filter(Boolean).join(", ") + ".",
      content: item.version.origin,
      categories: ["version"],
    };
  }
  const lines = item.fields.map((field) => `${field.field}: ${field.before !== null ? `${field.before} → ` : ""}${field.after ?? "(removed)"}`);
  if (item.reason) lines.push(`Reason: ${item.reason}`);
  if (context) lines.push(context);
  return {
    id: `urn:uuid:${item.id}`,
    title: item.title,
    updated: item.at,
    authorName: item.actor ?? "Draftwatch",
    link: new URL(changeHref(item.target), origin).toString(),
    summary: lines[0] ?? item.title,
    content: lines.length > 0 ? lines.join("\n") : null,
    categories: [item.action],
  };
}

/** GET /changes.xml[?document=…&party=…] — the change feed as Atom 1.0. */
export async function GET(request: Request): Promise<Response> {
  if (!canRead(await getRequestActor(request))) return plain(401, "Sign in or send an API token to read Draftwatch.");
  const url = new URL(request.url);
  const filters = { document: url.searchParams.get("document")?.trim() || null, party: url.searchParams.get("party")?.trim() || null };
  let items: ChangeItem[];
  try {
    items = (await listChanges({ documentSlug: filters.document, partySlug: filters.party, limit: FEED_SIZE })).items;
  } catch (error) {
    if (error instanceof NotFoundError) return plain(404, error.message);
    throw error;
  }
  const query = changesQuery(filters);
  const scope = [filters.document ? `document ${filters.document}` : null, filters.party ? `party ${filters.party}` : null].filter(Boolean).join(", ");
  const xml = renderAtomFeed({
    id: new URL(`/changes${query}`, url.origin).toString(),
    title: scope ? `Draftwatch changes (${scope})` : "Draftwatch changes",
    subtitle: "Recorded stances, statuses, notes, alternative wordings, party edits and new versions.",
    selfLink: new URL(`/changes.xml${query}`, url.origin).toString(),
    alternateLink: new URL(`/changes${query}`, url.origin).toString(),
    entries: items.map((item) => entryOf(item, url.origin)),
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "no-cache" } });
}
