import Link from "next/link";
import type { ChangeItem } from "@/lib/data/changes/list-changes";
import { MomentText } from "../auth/moment-text";
import { formatDay } from "../date-text";
import { PartyLabel } from "../party-label";
import { changeHref } from "./change-href";
import styles from "./changes.module.css";

function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Changes grouped by day (UTC), newest first. */
export function ChangeList({ items }: { items: ChangeItem[] }) {
  if (items.length === 0) return <p className="empty">No changes match.</p>;
  const days: Array<{ day: string; items: ChangeItem[] }> = [];
  for (const item of items) {
    const day = dayOf(item.at);
    const last = days.at(-1);
    if (last?.day === day) last.items.push(item);
    else days.push({ day, items: [item] });
  }
  return (
    <div className={styles.days}>
      {days.map((group) => (
        <section key={group.day} aria-labelledby={`day-${group.day}`} className={styles.day}>
          <h2 id={`day-${group.day}`} className={styles.dayHeading}>
            <time dateTime={group.day}>{formatDay(group.day)}</time>
          </h2>
          <ol className={styles.items}>
            {group.items.map((item) => (
              <li key={`${item.kind}:${item.id}`} className={`${styles.item}${item.kind === "version" ? ` ${styles.versionItem}` : ""}`}>
                <Change item={item} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function Change({ item }: { item: ChangeItem }) {
  return (
    <article className={styles.change} aria-label={item.title}>
      <p className={styles.title}>
        <span className={styles.kind}>{item.kind === "version" ? "Version" : kindLabel(item.action)}</span>
        <Link href={changeHref(item.target)}>{item.title}</Link>
      </p>
      <p className={styles.meta}>
        <MomentText at={item.at} />
        <span>{item.actor ? `by ${item.actor}` : "by Draftwatch (dataset)"}</span>
        {item.document ? <span>{item.document.title}</span> : null}
        {item.kind === "edit" && item.party ? <PartyLabel party={item.party} /> : null}
      </p>
      {item.kind === "version" ? (
        item.version.origin ? <p className={`${styles.reason} ${styles.clamp}`}>{item.version.origin}</p> : null
      ) : (
        <>
          {item.fields.length > 0 ? (
            <dl className={styles.fields}>
              {item.fields.map((field) => (
                <div key={field.field}>
                  <dt>{field.field}</dt>
                  <dd>
                    {field.before !== null ? (
                      <>
                        <span className={styles.before}>
                          <span className="visually-hidden">was </span>
                          {field.before}
                        </span>
                        <span aria-hidden="true" className={styles.arrow}>
                          {" → "}
                        </span>
                        <span className="visually-hidden">, now </span>
                      </>
                    ) : null}
                    <span className={styles.after}>{field.after ?? <em>(removed)</em>}</span>
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
          {item.reason ? (
            <p className={styles.reason}>
              <span className="label">Reason: </span>
              {item.reason}
            </p>
          ) : null}
        </>
      )}
    </article>
  );
}

const KIND_LABELS: Record<string, string> = {
  stance: "Stance",
  status: "Status",
  note: "Note",
  alternative: "Alternative",
  party: "Party",
  lineage: "Lineage",
  dataset: "Dataset",
};

function kindLabel(action: string): string {
  return KIND_LABELS[action.split(".")[0] ?? ""] ?? "Change";
}
