import Link from "next/link";
import type { DocumentVersionItem } from "@/lib/data/documents/get-document";
import { comparePath, versionPath } from "@/app/_lib/paths";
import { DateText } from "../date-text";
import { StatusCounts } from "../status-counts";
import { TextStatusTag } from "../text-status";

/** The document's drafts in order, each linking to its points. */
export function VersionTimeline({ documentSlug, versions }: { documentSlug: string; versions: DocumentVersionItem[] }) {
  if (versions.length === 0) return <p className="empty">No versions recorded yet.</p>;
  return (
    <ol className="timeline version-timeline">
      {versions.map((version, index) => (
        <li key={version.id} className="timeline__item">
          <span className="timeline__marker" aria-hidden="true" />
          <article className="version-card" aria-labelledby={`version-${version.id}`}>
            <p className="eyebrow">
              Version {index + 1} of {versions.length} · <DateText day={version.publishedOn} />
            </p>
            <h3 className="version-card__title" id={`version-${version.id}`}>
              <Link href={versionPath(documentSlug, version.label)}>{version.label}</Link>
            </h3>
            <p className="version-card__facts">
              <TextStatusTag status={version.textStatus} />
              <span>
                {version.pointCount} {version.pointCount === 1 ? "point" : "points"}
              </span>
            </p>
            {version.origin ? (
              <p className="version-card__origin">
                <span className="label">Origin: </span>
                {version.origin}
              </p>
            ) : null}
            <StatusCounts counts={version.statusCounts} label={`Points of ${version.label} by current status`} />
            {index > 0 ? (
              <p className="version-card__compare">
                <Link href={comparePath(documentSlug, versions[index - 1]?.label ?? "", version.label)}>
                  What changed from {versions[index - 1]?.label}
                </Link>
              </p>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
