import { POSITION_ORDER } from "@/lib/stances/positions";
import { POSITION_MEANINGS, StanceBadge } from "./stance-position";
import styles from "./position-legend.module.css";

/** The positions, spelled out once beside the matrix. */
export function PositionLegend() {
  return (
    <details className={`sources-disclosure ${styles.legend}`}>
      <summary>How to read the positions</summary>
      <dl className={styles.list}>
        {POSITION_ORDER.map((position) => (
          <div key={position}>
            <dt>
              <StanceBadge position={position} />
            </dt>
            <dd>{POSITION_MEANINGS[position]}</dd>
          </div>
        ))}
        <div>
          <dt className={styles.term}>from &lt;version&gt;</dt>
          <dd>Stated about an earlier version of the provision and not restated since.</dd>
        </div>
        <div>
          <dt className={styles.term}>—</dt>
          <dd>No stance recorded.</dd>
        </div>
      </dl>
    </details>
  );
}
