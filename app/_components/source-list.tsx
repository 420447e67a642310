import type { SourceSummary } from "@/lib/data/sources/source-summary";
import { isWebAddress } from "@/lib/http/web-address";
import { DateText } from "./date-text";
import { ReliabilityTag } from "./reliability-tag";

export function SourceList({ sources }: { sources: SourceSummary[] }) {
  if (sources.length === 0) return <p className="source-list__empty">No source recorded.</p>;
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={source.id} className="source">
          <span>
            <span className="source__outlet">{source.outlet}</span>
            <span aria-hidden="true"> — </span>
            {isWebAddress(source.url) ? (
              <a className="source__title" href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              // Stored data that is not a web address is shown, never linked.
              <span className="source__title">
                {source.title} <span className="source__unlinked">(address not shown: not a web link)</span>
              </span>
            )}
          </span>
          <span className="source__meta">
            <DateText day={source.publishedOn} fallback="undated" />
            <ReliabilityTag reliability={source.reliability} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Sources behind a claim, folded away until asked for; the count stays visible. */
export function SourcesDisclosure({
  sources,
  label = "Sources",
  open = false,
}: {
  sources: SourceSummary[];
  label?: string;
  open?: boolean;
}) {
  if (sources.length === 0) return <p className="sources-none">{label}: none recorded.</p>;
  return (
    <details className="sources-disclosure" open={open}>
      <summary>
        {label} ({sources.length})
      </summary>
      <SourceList sources={sources} />
    </details>
  );
}
