import type { DiffOp } from "@/lib/diff";
import styles from "./diff.module.css";

/**
 * A word diff as text: insertions in <ins> (underlined), deletions in <del> (struck
 * through), each also on a tinted background and announced in words, so no change
 * depends on colour alone. Pass the ops of one side for a column, or all for one text.
 */
export function DiffText({ ops, className }: { ops: DiffOp[]; className?: string }) {
  return (
    <span className={`${styles.diff}${className ? ` ${className}` : ""}`}>
      {ops.map((op, index) => {
        if (op.op === "insert") {
          return (
            <ins key={index}>
              <span className="visually-hidden">[inserted: </span>
              {op.text}
              <span className="visually-hidden">]</span>
            </ins>
          );
        }
        if (op.op === "delete") {
          return (
            <del key={index}>
              <span className="visually-hidden">[deleted: </span>
              {op.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        return <span key={index}>{op.text}</span>;
      })}
    </span>
  );
}

/** What the marks mean, shown once near the texts that carry them. */
export function DiffLegend({ show = "both" }: { show?: "both" | "insert" | "delete" }) {
  return (
    <p className={styles.legend}>
      <span className={styles.legendLabel}>Marks:</span>
      {show !== "delete" ? (
        <span className={styles.diff}>
          <ins>inserted words</ins>
        </span>
      ) : null}
      {show !== "insert" ? (
        <span className={styles.diff}>
          <del>deleted words</del>
        </span>
      ) : null}
    </p>
  );
}
