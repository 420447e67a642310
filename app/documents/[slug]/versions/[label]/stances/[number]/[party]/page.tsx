import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { cache } from "react";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { roleAtLeast } from "@/lib/auth/roles";
import { listSourceOptions } from "@/lib/data/sources/list-source-options";
import { getStanceCell, type StanceCell } from "@/lib/data/stances/get-stance-cell";
import { NotFoundError } from "@/lib/errors";
import { parseCellSegment } from "@/lib/stances/cell-segment";
import { SignInLink } from "@/app/_components/auth/sign-in-link";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { PartyLabel } from "@/app/_components/party-label";
import { PointNumber } from "@/app/_components/point-number";
import styles from "@/app/_components/stances/page.module.css";
import { rowAnchor } from "@/app/_components/stances/stance-matrix";
import { StanceForm } from "@/app/_components/stances/stance-form";
import { CurrentStance, StanceHistory } from "@/app/_components/stances/stance-record";
import { documentPath, partyPath, pointAnchor, pointPath, stancesPath, versionPath } from "@/app/_lib/paths";
import { decodeMetadataSegment, decodeSegment, orNotFound } from "@/app/_lib/route-params";

interface CellPageProps {
  params: Promise<{ slug: string; label: string; number: string; party: string }>;
}

const loadCell = cache((documentSlug: string, label: string, segment: string, partySlug: string) =>
  getStanceCell({ documentSlug, label, subject: parseCellSegment(segment), partySlug }),
);

function subjectTitle(cell: StanceCell): string {
  if (cell.target.kind === "whole") return `${cell.version.label} as a whole`;
  return `point ${cell.target.point.number}${cell.target.kind === "removed" ? " (removed)" : ""} of ${cell.version.label}`;
}

export async function generateMetadata({ params }: CellPageProps): Promise<Metadata> {
  await connection();
  const { slug, label, number, party } = await params;
  try {
    const cell = await loadCell(decodeMetadataSegment(slug), decodeMetadataSegment(label), decodeMetadataSegment(number), decodeMetadataSegment(party));
    return { title: `${cell.party.name} on ${subjectTitle(cell)}` };
  } catch (error) {
    if (error instanceof NotFoundError) return { title: "Stance not found" };
    throw error;
  }
}

/** "Today" where the calendar is furthest ahead, as the stance schema allows. */
function latestToday(): string {
  return new Date(Date.now() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

export default async function StanceCellPage({ params }: CellPageProps) {
  await connection();
  const { slug, label, number, party: partySlug } = await params;
  const [cell, actor] = await Promise.all([
    orNotFound(loadCell(decodeSegment(slug), decodeSegment(label), decodeSegment(number), decodeSegment(partySlug))),
    getCurrentActor(),
  ]);
  const canRecord = actor !== null && roleAtLeast(actor.role, "analyst");
  const sources = canRecord ? await listSourceOptions({ documentId: cell.document.id }) : null;
  const { document, version, party, target } = cell;
  const matrixHref = stancesPath(document.slug, version.label);
  const rowHref =
    target.kind === "whole" ? matrixHref : `${matrixHref}#${rowAnchor({ kind: target.kind === "removed" ? "removed" : "present", number: target.point.number })}`;

  return (
    <div className="page">
      <Breadcrumbs
        trail={[
          { href: "/", label: "Documents" },
          { href: documentPath(document.slug), label: document.title },
          { href: versionPath(document.slug, version.label), label: version.label },
          { href: matrixHref, label: "Stances" },
        ]}
        current={`${party.shortLabel} · ${target.kind === "whole" ? "whole version" : `point ${target.point.number}`}`}
      />
      <header className="page-header">
        <p className="eyebrow">Stance · {version.label}</p>
        <h1 className={styles.cellTitle}>
          <PartyLabel party={party} />
          <span>
            {party.name} on{" "}
            {target.kind === "whole" ? (
              <>{version.label} as a whole</>
            ) : (
              <>
                point <PointNumber number={target.point.number} provisional={target.point.numberProvisional} />
              </>
            )}
          </span>
        </h1>
        <Subject cell={cell} />
        <ul className={styles.links} aria-label="Related pages">
          <li>
            <Link href={rowHref}>Back to the matrix</Link>
          </li>
          {target.kind !== "whole" ? (
            <li>
              <Link
                href={pointPath(document.slug, target.kind === "removed" ? target.lastSeenIn : version.label, target.point.number)}
              >
                History of this provision
              </Link>
            </li>
          ) : null}
          <li>
            <Link href={partyPath(party.slug)}>All stances of {party.name}</Link>
          </li>
        </ul>
        {actor ? null : (
          <p className={styles.signInHint}>
            Are you an analyst? <SignInLink /> to record a new stance here.
          </p>
        )}
      </header>

      <div className={`${styles.cellLayout}${canRecord ? ` ${styles.withForm}` : ""}`}>
        <section className={styles.cellCurrent} aria-label="Current position">
          {cell.current ? (
            <CurrentStance stance={cell.current} versionLabel={version.label} />
          ) : (
            <p className={styles.noStance}>
              No stance of {party.name} is recorded here{target.kind === "whole" ? "" : " for this version or an earlier version of the provision"}.
            </p>
          )}
        </section>

        {canRecord && sources ? (
          <section className={styles.cellForm} aria-labelledby="record-heading">
            <h2 id="record-heading">Record a new stance</h2>
            <StanceForm
              versionId={version.id}
              pointId={target.kind === "whole" ? null : target.point.id}
              partyId={party.id}
              partyName={party.name}
              baseStanceId={cell.current?.id ?? null}
              cited={sources.cited}
              others={sources.others}
              today={latestToday()}
            />
          </section>
        ) : null}

        <section className={styles.cellHistory} aria-labelledby="history-heading">
          <h2 id="history-heading">History of this cell</h2>
          <p className="section-intro">
            {target.kind === "whole"
              ? `Every stance of ${party.name} on ${version.label} as a whole, newest first.`
              : `Every stance of ${party.name} on this provision, in any version, newest first.`}
          </p>
          <StanceHistory history={cell.history} currentId={cell.current?.id ?? null} versionPosition={version.position} />
        </section>
      </div>
    </div>
  );
}

function Subject({ cell }: { cell: StanceCell }) {
  const { target, document, version } = cell;
  if (target.kind === "whole") {
    return <p className="section-intro">A stance on the version as a whole, not on one of its points.</p>;
  }
  const { point } = target;
  const href =
    target.kind === "removed"
      ? `${versionPath(document.slug, target.lastSeenIn)}#${pointAnchor(point.number)}`
      : `${versionPath(document.slug, version.label)}#${pointAnchor(point.number)}`;
  return (
    <div className={styles.subject}>
      {target.kind === "removed" ? (
        <p className={styles.subjectLabel}>
          Removed in {version.label}; last seen in <Link href={href}>{target.lastSeenIn}, point {point.number}</Link>:
        </p>
      ) : (
        <p className={styles.subjectLabel}>
          <Link href={href}>Point {point.number} of {version.label}</Link>:
        </p>
      )}
      {point.text ? (
        <p className={styles.subjectText}>{point.text}</p>
      ) : point.summary ? (
        <p className={styles.subjectText}>
          <span className="label">What is reported: </span>
          {point.summary}
        </p>
      ) : (
        <p className="empty">Wording not released.</p>
      )}
    </div>
  );
}
