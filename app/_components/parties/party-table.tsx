import Link from "next/link";
import type { PartyListItem } from "@/lib/data/parties/list-parties";
import { partyPath } from "@/app/_lib/paths";
import { DateText } from "../date-text";
import { PartyLabel } from "../party-label";
import { KIND_LABELS } from "./party-kind";
import styles from "./parties.module.css";

/** Every party, with how much is recorded about it. */
export function PartyTable({ parties }: { parties: PartyListItem[] }) {
  if (parties.length === 0) return <p className="empty">No parties are recorded yet.</p>;
  return (
    <div className={styles.tableWrap} role="region" aria-labelledby="party-table-caption" tabIndex={0}>
      <table className={styles.table}>
        <caption id="party-table-caption">Parties, most active first</caption>
        <thead>
          <tr>
            <th scope="col">Party</th>
            <th scope="col">Kind</th>
            <th scope="col" className={styles.number}>
              Stances
            </th>
            <th scope="col" className={styles.number}>
              Documents
            </th>
            <th scope="col">Latest stance</th>
          </tr>
        </thead>
        <tbody>
          {parties.map((party) => (
            <tr key={party.id}>
              <th scope="row">
                <span className={styles.partyCell}>
                  <PartyLabel party={party} />
                  <Link href={partyPath(party.slug)}>{party.name}</Link>
                </span>
              </th>
              <td>{KIND_LABELS[party.kind]}</td>
              <td className={styles.number}>{party.stanceCount}</td>
              <td className={styles.number}>{party.documentCount}</td>
              <td>
                <DateText day={party.lastStatedOn} fallback="None yet" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
