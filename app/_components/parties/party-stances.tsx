import Link from "next/link";
import type { PartyStanceGroup } from "@/lib/data/parties/get-party";
import { documentPath, stancesPath } from "@/app/_lib/paths";
import { DateText } from "../date-text";
import { PointNumber } from "../point-number";
import { SourcesDisclosure } from "../source-list";
import { StanceBadge } from "../stances/stance-position";
import { cellHref } from "./party-moves";
import styles from "./parties.module.css";

/** Every stance of a party: by document, then version, then point; newest first within a point. */
export function PartyStances({ groups, partySlug }: { groups: PartyStanceGroup[]; partySlug: string }) {
  if (groups.length === 0) return <p className="empty">No stance of this party is recorded yet.</p>;
  return (
    <>
      {groups.map((group) => (
        <section key={group.document.slug} className={styles.documentGroup} aria-labelledby={`doc-${group.document.slug}`}>
          <h3 id={`doc-${group.document.slug}`}>
            <Link href={documentPath(group.document.slug)}>{group.document.title}</Link>
          </h3>
          {group.versions.map((version) => (
            <div key={version.label} className={styles.versionGroup}>
              <h4 className={styles.versionHeading}>
                {version.label}
                <Link href={stancesPath(group.document.slug, version.label)}>
                  Stance matrix<span className="visually-hidden"> of {version.label}</span>
                </Link>
              </h4>
              <ul className={styles.subjects}>
                {version.subjects.map((subject) => (
                  <li key={subject.pointNumber ?? "whole"} className={styles.subject}>
                    <p className={styles.subjectHeading}>
                      {subject.pointNumber === null ? (
                        "The version as a whole"
                      ) : (
                        <>
                          Point <PointNumber number={subject.pointNumber} provisional={subject.pointProvisional} />
                          {subject.removed ? " (removed in this version)" : ""}
                        </>
                      )}
                    </p>
                    <ol className={styles.stances}>
                      {subject.stances.map((stance) => (
                        <li key={stance.id} className={styles.stance}>
                          <p className={styles.stanceHead}>
                            <StanceBadge position={stance.position} />
                            <DateText day={stance.statedOn} />
                            <Link href={cellHref(stance.cell, partySlug)}>
                              Evidence and history
                              <span className="visually-hidden">
                                {" "}
                                for {subject.pointNumber === null ? `${version.label} as a whole` : `point ${subject.pointNumber} of ${version.label}`}
                              </span>
                            </Link>
                          </p>
                          <p className={styles.stanceSummary}>{stance.summary}</p>
                          {stance.quote ? <p className="point__note">“{stance.quote}”</p> : null}
                          <SourcesDisclosure sources={stance.sources} />
                        </li>
                      ))}
                    </ol>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
