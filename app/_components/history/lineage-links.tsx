import Link from "next/link";
import type { HistoryLink } from "@/lib/data/history/get-point-history";
import type { LineageType } from "@/lib/generated/prisma/enums";
import { pointPath } from "@/app/_lib/paths";
import styles from "./history.module.css";

const TYPE_LABELS: Record<LineageType, string> = {
  continues: "Continues",
  renumbered: "Renumbered",
  moved: "Moved",
  modified: "Reworded",
  split: "Split",
  merged: "Merged",
};

/** The links that make these points one provision: how each was made and how sure it is. */
export function LineageLinks({ documentSlug, links }: { documentSlug: string; links: HistoryLink[] }) {
  if (links.length === 0) {
    return <p className="empty">No lineage link is recorded: the provision appears in one version only.</p>;
  }
  const end = (side: HistoryLink["from"]) => (
    <Link href={pointPath(documentSlug, side.versionLabel, side.number)}>
      {side.versionLabel}, point {side.number}
    </Link>
  );
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">Lineage links of this provision</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Type</th>
            <th scope="col">Method</th>
            <th scope="col">Confidence</th>
            <th scope="col">Confirmed by</th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => (
            <tr key={link.id}>
              <td>{end(link.from)}</td>
              <td>{end(link.to)}</td>
              <td>{TYPE_LABELS[link.type]}</td>
              <td>{link.method === "auto" ? "Automatic" : "Manual"}</td>
              <td className={styles.number}>{Math.round(link.confidence * 100)}%</td>
              <td>
                {link.confirmedBy ?? <span className={styles.muted}>{link.method === "manual" ? "From the dataset" : "Not confirmed"}</span>}
                {link.note ? <p className={styles.linkNote}>{link.note}</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
