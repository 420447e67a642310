import Link from "next/link";
import type { DocumentListItem } from "@/lib/data/documents/list-documents";
import { documentPath } from "@/app/_lib/paths";
import { DateText } from "../date-text";

const EXCERPT_LENGTH = 280;

function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:.–—-]+$/, "")}…`;
}

export function DocumentList({ documents }: { documents: DocumentListItem[] }) {
  if (documents.length === 0) {
    return <p className="empty">No documents yet. Load a dataset to start following a negotiation.</p>;
  }
  return (
    <ul className="document-list">
      {documents.map((document) => (
        <li key={document.slug} className="document-card">
          <h2 className="document-card__title">
            <Link href={documentPath(document.slug)}>{document.title}</Link>
          </h2>
          {document.summary ? <p className="document-card__summary">{excerpt(document.summary)}</p> : null}
          <dl className="meta-list">
            <div>
              <dt>Versions</dt>
              <dd>{document.versionCount}</dd>
            </div>
            {document.latestVersion ? (
              <div>
                <dt>Latest</dt>
                <dd>
                  {document.latestVersion.label}, <DateText day={document.latestVersion.publishedOn} />
                </dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}
