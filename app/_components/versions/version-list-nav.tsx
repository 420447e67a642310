import Link from "next/link";
import type { VersionLink } from "@/lib/data/versions/get-version";
import { versionPath } from "@/app/_lib/paths";
import { DateText } from "../date-text";

/** All drafts of the document, the current one marked. */
export function VersionListNav({
  documentSlug,
  versions,
  currentLabel,
}: {
  documentSlug: string;
  versions: VersionLink[];
  currentLabel: string;
}) {
  return (
    <nav className="version-list-nav" aria-labelledby="version-list-heading">
      <h2 id="version-list-heading" className="aside-heading">
        Versions
      </h2>
      <ol>
        {versions.map((version) => {
          const current = version.label === currentLabel;
          return (
            <li key={version.label} className={current ? "is-current" : undefined}>
              <Link href={versionPath(documentSlug, version.label)} aria-current={current ? "page" : undefined}>
                <span className="version-list-nav__label">{version.label}</span>
                <span className="version-list-nav__date">
                  <DateText day={version.publishedOn} />
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
