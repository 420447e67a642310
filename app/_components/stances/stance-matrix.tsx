import Link from "next/link";
import type { MatrixRow, MatrixStance, StanceMatrix as Matrix } from "@/lib/data/stances/get-stance-matrix";
import { cellSegmentOf } from "@/lib/stances/cell-segment";
import { pointAnchor, partyPath, stanceCellPath, versionPath } from "@/app/_lib/paths";
import { formatDay } from "../date-text";
import { PartyLabel } from "../party-label";
import { PointNumber } from "../point-number";
import { POSITION_LABELS, StanceIcon, positionClass } from "./stance-position";
import styles from "./stance-matrix.module.css";

/** Anchor of a provision's row, the same as on the version page ("point-6", "removed-point-3"). */
export function rowAnchor(row: Pick<MatrixRow, "kind" | "number">): string {
  return (row.kind === "removed" ? "removed-" : "") + pointAnchor(row.number);
}

/**
 * Provisions × parties as a real table: row headers are the provisions, column headers
 * the parties; each cell links to its evidence and history.
 */
export function StanceMatrixTable({ matrix }: { matrix: Matrix }) {
  const { document, version, parties } = matrix;
  const cellHref = (segment: string | null, partyIndex: number) =>
    stanceCellPath(document.slug, version.label, segment, parties[partyIndex]?.slug ?? "");

  return (
    <div className={styles.scroller} role="region" aria-labelledby="stance-matrix-caption" tabIndex={0}>
      <table className={styles.table}>
        <caption id="stance-matrix-caption" className={styles.caption}>
          Current positions of {parties.length} {parties.length === 1 ? "party" : "parties"} on the provisions of {version.label}
          <span className={styles.captionHint}> — each cell links to its evidence and history</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.corner}>
              Provision
            </th>
            {parties.map((party) => (
              <th key={party.id} scope="col" className={styles.partyHeader}>
                <Link href={partyPath(party.slug)} className={styles.partyLink}>
                  <PartyLabel party={party} />
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={styles.wholeBody}>
          <tr className={styles.wholeRow}>
            <th scope="row" className={styles.rowHeader}>
              <span className={styles.rowTitle}>Whole version</span>
              <span className={styles.gist}>Stances on {version.label} as a whole</span>
            </th>
            {matrix.whole.map((stance, index) => (
              <StanceCell key={parties[index]?.id ?? index} stance={stance} href={cellHref(null, index)} />
            ))}
          </tr>
        </tbody>
        <tbody>
          {matrix.rows.length === 0 ? (
            <tr>
              <td colSpan={parties.length + 1} className={styles.noRows}>
                No provision matches these filters.
              </td>
            </tr>
          ) : (
            matrix.rows.map((row) => {
              const segment = cellSegmentOf(row.kind === "removed" ? { kind: "removed", number: row.number } : { kind: "point", number: row.number });
              return (
                <tr key={`${row.kind}:${row.pointId}`} id={rowAnchor(row)} className={row.kind === "removed" ? styles.removedRow : undefined}>
                  <ProvisionHeader row={row} documentSlug={document.slug} versionLabel={version.label} />
                  {row.cells.map((stance, index) => (
                    <StanceCell key={parties[index]?.id ?? index} stance={stance} href={cellHref(segment, index)} />
                  ))}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}

function ProvisionHeader({ row, documentSlug, versionLabel }: { row: MatrixRow; documentSlug: string; versionLabel: string }) {
  const removed = row.kind === "removed";
  const pointHref = removed
    ? `${versionPath(documentSlug, row.lastSeenIn ?? versionLabel)}#${pointAnchor(row.number)}`
    : `${versionPath(documentSlug, versionLabel)}#${pointAnchor(row.number)}`;
  return (
    <th scope="row" className={styles.rowHeader} style={row.depth > 0 ? { paddingLeft: `${0.75 + row.depth * 0.875}rem` } : undefined}>
      <span className={styles.rowTitle}>
        <Link href={pointHref}>
          Point <PointNumber number={row.number} provisional={row.numberProvisional} />
        </Link>
        {removed ? <span className={styles.removedTag}>Removed</span> : null}
        {row.disagreement ? (
          <span className={styles.disagreeTag} title="The parties’ current positions differ">
            Positions differ
          </span>
        ) : null}
      </span>
      {row.gist ? <span className={styles.gist}>{row.gist}</span> : <span className={`${styles.gist} ${styles.muted}`}>Wording not released</span>}
      {removed && row.lastSeenIn ? <span className={styles.rowMeta}>Last seen in {row.lastSeenIn}</span> : null}
      {row.alternativeCount > 0 ? (
        <Link className={styles.rowMeta} href={`${versionPath(documentSlug, versionLabel)}#${pointAnchor(row.number)}-alternatives`}>
          {row.alternativeCount} alternative {row.alternativeCount === 1 ? "wording" : "wordings"}
        </Link>
      ) : null}
    </th>
  );
}

function StanceCell({ stance, href }: { stance: MatrixStance | null; href: string }) {
  if (!stance) {
    return (
      <td className={styles.cell}>
        <Link href={href} className={`${styles.cellLink} ${styles.emptyLink}`} prefetch={false}>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">No stance recorded</span>
        </Link>
      </td>
    );
  }
  return (
    <td className={`${styles.cell} ${styles.filled} ${positionClass(stance.position)}`} data-position={stance.position}>
      <Link href={href} className={styles.cellLink} prefetch={false} title={stance.summary}>
        <span className={styles.position}>
          <StanceIcon position={stance.position} />
          {POSITION_LABELS[stance.position]}
        </span>
        <span className={styles.cellMeta}>
          <time dateTime={stance.statedOn}>{formatDay(stance.statedOn)}</time>
          {stance.carriedOver ? <span className={styles.carried}>from {stance.versionLabel}</span> : null}
        </span>
      </Link>
    </td>
  );
}
