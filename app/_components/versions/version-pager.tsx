import Link from "next/link";
import type { VersionLink } from "@/lib/data/versions/get-version";
import { versionPath } from "@/app/_lib/paths";
import { DateText } from "../date-text";

/** Previous and next drafts of the same document. */
export function VersionPager({
  documentSlug,
  previous,
  next,
  label,
}: {
  documentSlug: string;
  previous: VersionLink | null;
  next: VersionLink | null;
  label: string;
}) {
  if (!previous && !next) return null;
  return (
    <nav className="pager" aria-label={label}>
      {previous ? (
        <Link className="pager__link pager__link--previous" href={versionPath(documentSlug, previous.label)} rel="prev">
          <span className="pager__direction">
            <span aria-hidden="true">← </span>Previous version
          </span>
          <span className="pager__label">{previous.label}</span>
          <span className="pager__date">
            <DateText day={previous.publishedOn} />
          </span>
        </Link>
      ) : (
        <span className="pager__placeholder">This is the first version.</span>
      )}
      {next ? (
        <Link className="pager__link pager__link--next" href={versionPath(documentSlug, next.label)} rel="next">
          <span className="pager__direction">
            Next version<span aria-hidden="true"> →</span>
          </span>
          <span className="pager__label">{next.label}</span>
          <span className="pager__date">
            <DateText day={next.publishedOn} />
          </span>
        </Link>
      ) : (
        <span className="pager__placeholder">This is the latest version.</span>
      )}
    </nav>
  );
}
