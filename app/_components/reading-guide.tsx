import type { PointStatusValue } from "@/lib/data/statuses/current-statuses";
import type { SourceReliability } from "@/lib/data/sources/source-summary";
import { ReliabilityTag } from "./reliability-tag";
import { STATUS_ORDER, StatusBadge } from "./status-badge";

const STATUS_MEANINGS: Record<PointStatusValue, string> = {
  unchanged: "Reads as in the previous version.",
  modified: "Wording or substance changed from the previous version.",
  added: "New in this version.",
  removed: "In an earlier version, dropped from this one; still listed, in place.",
  contested: "Disputed between the parties, or reported as unresolved.",
  agreed: "Reported as agreed between the negotiating parties.",
  unknown: "Whether or how it changed is not known.",
};

const RELIABILITY_MEANINGS: Array<[SourceReliability, string]> = [
  ["primary", "An official text or statement."],
  ["reputable_report", "Reporting by an established outlet."],
  ["leak", "A reproduction of a leaked or closed text."],
  ["commentary", "Analysis, or a low-tier aggregator or blog."],
];

/** The visual language of the app, spelled out once. */
export function ReadingGuide() {
  return (
    <section className="reading-guide" aria-labelledby="reading-guide-heading">
      <h2 id="reading-guide-heading" className="aside-heading">
        How to read the statuses
      </h2>
      <dl className="reading-guide__list">
        {STATUS_ORDER.map((status) => (
          <div key={status}>
            <dt>
              <StatusBadge status={status} />
            </dt>
            <dd>{STATUS_MEANINGS[status]}</dd>
          </div>
        ))}
      </dl>
      <h2 className="aside-heading">Sources</h2>
      <dl className="reading-guide__list">
        {RELIABILITY_MEANINGS.map(([reliability, meaning]) => (
          <div key={reliability}>
            <dt>
              <ReliabilityTag reliability={reliability} />
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <h2 className="aside-heading">Numbers</h2>
      <p className="reading-guide__note">
        A number marked “≈” is provisional: the real numbering of that version is unknown, so it reuses an earlier one.
      </p>
    </section>
  );
}
