import Link from "next/link";
import type { VersionDetail } from "@/lib/data/versions/get-version";
import { comparePath, stancesPath } from "@/app/_lib/paths";
import { DateText } from "../date-text";
import { SourcesDisclosure } from "../source-list";
import { TextCaveat } from "../text-caveat";
import { TextStatusTag } from "../text-status";

export function VersionHeader({ detail }: { detail: VersionDetail }) {
  const { version, document, place } = detail;
  return (
    <header className="page-header version-header">
      <p className="eyebrow">
        Version {place.index} of {place.of}
      </p>
      <h1>{version.label}</h1>
      <dl className="meta-list meta-list--inline">
        <div>
          <dt>Published</dt>
          <dd>
            <DateText day={version.publishedOn} />
          </dd>
        </div>
        <div>
          <dt>Text</dt>
          <dd>
            <TextStatusTag status={version.textStatus} />
          </dd>
        </div>
        <div>
          <dt>Points</dt>
          <dd>{detail.pointCount}</dd>
        </div>
      </dl>
      {version.origin ? (
        <p className="version-header__origin">
          <span className="label">Origin: </span>
          {version.origin}
        </p>
      ) : null}
      <ul className="version-header__actions">
        {detail.previous ? (
          <li>
            <Link href={comparePath(document.slug, detail.previous.label, version.label)}>
              Compare with {detail.previous.label}
            </Link>
          </li>
        ) : null}
        {detail.next ? (
          <li>
            <Link href={comparePath(document.slug, version.label, detail.next.label)}>Compare with {detail.next.label}</Link>
          </li>
        ) : null}
        <li>
          <Link href={stancesPath(document.slug, version.label)}>Stance matrix</Link>
        </li>
      </ul>
      <SourcesDisclosure sources={version.sources} label="Sources for this version" />
      <TextCaveat note={document.textNote} />
    </header>
  );
}
