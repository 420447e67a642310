import Link from "next/link";
import type { ComparisonPoint, ComparisonRow, ComparisonVersion } from "@/lib/data/compare/get-comparison";
import { opsPerPoint, type DiffSide } from "@/lib/compare/diff-sides";
import { isChange, type CompareLayout } from "@/lib/compare/view-state";
import type { DiffOp } from "@/lib/diff";
import { DiffText } from "@/app/_components/diff/diff-text";
import { PartyLabel } from "@/app/_components/party-label";
import { StanceBadge } from "@/app/_components/stances/stance-position";
import { PointNumber } from "@/app/_components/point-number";
import { SourcesDisclosure } from "@/app/_components/source-list";
import { NoStatusBadge, StatusBadge } from "@/app/_components/status-badge";
import { pointPath, stanceCellPath } from "@/app/_lib/paths";
import { AlignmentControls, type AlignmentOptions, type PointChoice } from "./alignment-controls";
import styles from "./compare.module.css";
import { KindTag } from "./kind-tag";

export interface RowContext {
  documentSlug: string;
  from: ComparisonVersion;
  to: ComparisonVersion;
  layout: CompareLayout;
  /** Link for filtering the comparison by a topic. */
  topicHref: (topic: string) => string;
  /** For analysts only: the points shown as added, which a removed point can be linked to. */
  alignment: { addedChoices: PointChoice[] } | null;
}

/** A stable key for a row: it keeps its from-points when it changes kind (a match rejected, a removal linked). */
export function rowKey(row: Pick<ComparisonRow, "from" | "to">): string {
  return row.from.length > 0 ? `f:${row.from.map((p) => p.id).join(",")}` : `t:${row.to.map((p) => p.id).join(",")}`;
}

const percent = (similarity: number) => `${Math.round(similarity * 100)}%`;

function numbersText(points: ComparisonPoint[]): string {
  return points.map((p) => (p.numberProvisional ? `≈${p.number}` : p.number)).join(", ");
}

/** "point 6", "point 5 → 3", "points 12, 12a → 12": for headings and screen-reader labels. */
export function rowLabel(row: Pick<ComparisonRow, "from" | "to">): string {
  const from = numbersText(row.from);
  const to = numbersText(row.to);
  const plural = row.from.length > 1 || row.to.length > 1;
  if (!from || !to) return `point ${from || to}`;
  return from === to ? `point ${from}` : `${plural ? "points" : "point"} ${from} → ${to}`;
}

function Numbers({ points }: { points: ComparisonPoint[] }) {
  return (
    <>
      {points.map((point, index) => (
        <span key={point.id}>
          {index > 0 ? ", " : null}
          <PointNumber number={point.number} provisional={point.numberProvisional} />
        </span>
      ))}
    </>
  );
}

function RowTitle({ row }: { row: ComparisonRow }) {
  const same = numbersText(row.from) === numbersText(row.to);
  const plural = row.from.length > 1 || row.to.length > 1;
  if (row.from.length === 0 || row.to.length === 0 || same) {
    return (
      <>
        {plural ? "Points" : "Point"} <Numbers points={row.from.length > 0 ? row.from : row.to} />
      </>
    );
  }
  return (
    <>
      {plural ? "Points" : "Point"} <Numbers points={row.from} />
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> becomes </span>
      <Numbers points={row.to} />
    </>
  );
}

export function CompareRow({ row, id, context }: { row: ComparisonRow; id: string; context: RowContext }) {
  const { layout } = context;
  const unifiedDiff = layout === "unified" && row.diff !== null && !row.rewritten && row.from.length > 0 && row.to.length > 0;
  const toLabel = context.to.label;
  return (
    <article
      id={id}
      tabIndex={-1}
      className={`${styles.row} ${styles[`row-${row.kind}`] ?? ""}`}
      aria-labelledby={`${id}-heading ${id}-kind`}
      data-row=""
      data-change={isChange(row) ? "" : undefined}
      data-kind={row.kind}
    >
      <header className={styles.rowHeader}>
        <span id={`${id}-kind`}>
          <KindTag kind={row.kind} />
        </span>
        <h3 id={`${id}-heading`} className={styles.rowHeading}>
          <RowTitle row={row} />
        </h3>
        <RowFacts row={row} />
        <span className={styles.rowStatus}>
          <span className={styles.statusLabel}>Status in {toLabel}</span>
          {row.status ? <StatusBadge status={row.status} /> : <NoStatusBadge />}
        </span>
      </header>

      {row.rewritten ? (
        <p className={styles.rowNote}>
          <strong>Rewritten — texts shown in full.</strong> The wording changed too much for a word-by-word comparison.
        </p>
      ) : null}
      {row.kind === "unknown" ? (
        <p className={styles.rowNote}>
          <strong>Text not released.</strong> Whether this point changed is not known; what is reported is shown.
        </p>
      ) : null}

      {unifiedDiff ? (
        <UnifiedDiff row={row} context={context} />
      ) : (
        <div className={layout === "unified" ? styles.stack : styles.cells}>
          <Side side="from" row={row} context={context} />
          <Side side="to" row={row} context={context} />
        </div>
      )}

      <RowFooter row={row} id={id} context={context} />
    </article>
  );
}

function RowFacts({ row }: { row: ComparisonRow }) {
  const matched = row.from.length > 0 && row.to.length > 0;
  const facts: string[] = [];
  if (row.similarity !== null) facts.push(`${percent(row.similarity)} similar`);
  if (matched) facts.push(row.confirmed ? "confirmed match" : "automatic match, not confirmed");
  else if (!row.confirmed) facts.push("no match found automatically");
  if (facts.length === 0) return null;
  return <span className={styles.rowFacts}>{facts.join(" · ")}</span>;
}

function PointCaption({ point, version, context }: { point: ComparisonPoint; version: ComparisonVersion; context: RowContext }) {
  return (
    <p className={styles.cellCaption}>
      <span className={styles.cellVersion}>{version.label} · </span>
      <Link href={pointPath(context.documentSlug, version.label, point.number)} className={styles.pointLink}>
        Point <PointNumber number={point.number} provisional={point.numberProvisional} />
        <span className="visually-hidden"> of {version.label}: history</span>
      </Link>
    </p>
  );
}

function PointText({ point, ops, version }: { point: ComparisonPoint; ops: DiffOp[] | null; version: ComparisonVersion }) {
  if (point.text === null) {
    return (
      <div className={styles.withheld}>
        <p className={styles.withheldLabel}>{version.textStatus === "unreleased" ? "Text not released" : "Wording unknown"}</p>
        {point.summary ? (
          <p className={styles.reported}>
            <span className={styles.summaryLabel}>What is reported: </span>
            {point.summary}
          </p>
        ) : (
          <p className={styles.reported}>Nothing is reported about its content.</p>
        )}
      </div>
    );
  }
  return <p className={styles.text}>{ops ? <DiffText ops={ops} /> : point.text}</p>;
}

function Side({ side, row, context }: { side: DiffSide; row: ComparisonRow; context: RowContext }) {
  const points = row[side];
  const version = context[side];
  if (points.length === 0) {
    return (
      <div className={`${styles.cell} ${styles.cellEmpty}`}>
        {side === "to" ? <Removal row={row} version={version} /> : <p className={styles.absent}>Not in {version.label}.</p>}
      </div>
    );
  }
  const texts = points.map((point) => point.text);
  const pieces =
    row.diff && !row.rewritten && texts.every((text): text is string => text !== null) ? opsPerPoint(row.diff, side, texts) : null;
  return (
    <div className={styles.cell}>
      {points.map((point, index) => (
        <div key={point.id} className={styles.cellPoint}>
          <PointCaption point={point} version={version} context={context} />
          <PointText point={point} ops={pieces?.[index] ?? null} version={version} />
        </div>
      ))}
    </div>
  );
}

function Removal({ row, version }: { row: ComparisonRow; version: ComparisonVersion }) {
  return (
    <div className={styles.removal}>
      <p className={styles.absent}>Not in {version.label}.</p>
      {row.removal?.summary ? <p className={styles.removalSummary}>{row.removal.summary}</p> : null}
      {row.removal?.note ? (
        <p className={styles.removalNote}>
          <span className={styles.summaryLabel}>Note on the removal: </span>
          {row.removal.note}
        </p>
      ) : null}
      {row.removal ? (
        <SourcesDisclosure sources={row.removal.sources} label="Sources for the removal" />
      ) : (
        <p className={styles.removalNote}>No explanation of the removal is recorded for this version.</p>
      )}
    </div>
  );
}

function UnifiedDiff({ row, context }: { row: ComparisonRow; context: RowContext }) {
  return (
    <div className={styles.unified}>
      <p className={styles.cellCaption}>
        {row.from.map((point) => (
          <PointCaptionInline key={point.id} point={point} version={context.from} context={context} />
        ))}
        <span aria-hidden="true" className={styles.arrow}>
          →
        </span>
        <span className="visually-hidden"> to </span>
        {row.to.map((point) => (
          <PointCaptionInline key={point.id} point={point} version={context.to} context={context} />
        ))}
      </p>
      <p className={styles.text}>
        <DiffText ops={row.diff ?? []} />
      </p>
    </div>
  );
}

function PointCaptionInline({ point, version, context }: { point: ComparisonPoint; version: ComparisonVersion; context: RowContext }) {
  return (
    <span className={styles.inlineCaption}>
      <span className={styles.unifiedVersion}>{version.label} </span>
      <Link href={pointPath(context.documentSlug, version.label, point.number)} className={styles.pointLink}>
        point <PointNumber number={point.number} provisional={point.numberProvisional} />
        <span className="visually-hidden">: history</span>
      </Link>
    </span>
  );
}

function RowFooter({ row, id, context }: { row: ComparisonRow; id: string; context: RowContext }) {
  const stanceNumber = row.to[0]?.number ?? `removed-${row.from[0]?.number ?? ""}`;
  const hasStances = row.stances.length > 0;
  if (row.topics.length === 0 && !hasStances && !context.alignment) return null;
  return (
    <footer className={styles.rowFooter}>
      {hasStances ? (
        <div className={styles.stances}>
          <h4 className={styles.factLabel} id={`${id}-stances`}>
            Latest stances
          </h4>
          <ul aria-labelledby={`${id}-stances`} className={styles.stanceList}>
            {row.stances.map((stance) => (
              <li key={stance.stanceId}>
                <Link
                  href={stanceCellPath(context.documentSlug, context.to.label, stanceNumber, stance.party.slug)}
                  className={styles.stanceLink}
                  title={stance.summary}
                >
                  <PartyLabel party={stance.party} />
                  <StanceBadge position={stance.position} />
                  {stance.versionLabel !== context.to.label ? <span className={styles.asOf}>as of {stance.versionLabel}</span> : null}
                  <span className="visually-hidden">: evidence</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {row.topics.length > 0 ? (
        <ul className={styles.rowTopics} aria-label="Topics">
          {row.topics.map((topic) => (
            <li key={topic}>
              <Link href={context.topicHref(topic)} className={`topic ${styles.topicLink}`}>
                {topic.replaceAll("-", " ")}
                <span className="visually-hidden">: show only this topic</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {context.alignment ? <AlignmentControls options={alignmentOptions(row, context)} rowLabel={rowLabel(row)} /> : null}
    </footer>
  );
}

function pointChoice(point: ComparisonPoint, version: ComparisonVersion): PointChoice {
  return { id: point.id, label: `${version.label} point ${point.numberProvisional ? "≈" : ""}${point.number}` };
}

function alignmentOptions(row: ComparisonRow, context: RowContext): AlignmentOptions {
  const pairs = row.from.flatMap((from) =>
    row.to.map((to) => ({
      fromId: from.id,
      toId: to.id,
      label: `${pointChoice(from, context.from).label} → ${pointChoice(to, context.to).label}`,
    })),
  );
  const removedPoint = row.to.length === 0 ? row.from[0] : undefined;
  return {
    pairs,
    canConfirm: pairs.length > 0 && !row.confirmed,
    similarity: row.similarity,
    removed: removedPoint
      ? { point: pointChoice(removedPoint, context.from), addedChoices: context.alignment?.addedChoices ?? [] }
      : null,
  };
}
