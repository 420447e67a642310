import type { SourceReliability } from "@/lib/data/sources/source-summary";

const LABELS: Record<SourceReliability, string> = {
  primary: "primary",
  reputable_report: "reputable report",
  leak: "leak",
  commentary: "commentary",
};

export function ReliabilityTag({ reliability }: { reliability: SourceReliability }) {
  return (
    <span className={`reliability-tag reliability-tag--${reliability}`}>
      <span className="visually-hidden">Reliability: </span>
      {LABELS[reliability]}
    </span>
  );
}
