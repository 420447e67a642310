import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { cache } from "react";
import { getStanceMatrix, type MatrixFilters } from "@/lib/data/stances/get-stance-matrix";
import { isStancePosition } from "@/lib/stances/positions";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { MatrixFilters as MatrixFilterForm } from "@/app/_components/stances/matrix-filters";
import { PositionLegend } from "@/app/_components/stances/position-legend";
import { StanceMatrixTable } from "@/app/_components/stances/stance-matrix";
import styles from "@/app/_components/stances/page.module.css";
import { VersionSwitch } from "@/app/_components/stances/version-switch";
import { documentPath, stancesPath, versionPath } from "@/app/_lib/paths";
import { decodeMetadataSegment, decodeSegment, orNotFound } from "@/app/_lib/route-params";
import { NotFoundError } from "@/lib/errors";

interface StancesPageProps {
  params: Promise<{ slug: string; label: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const loadMatrix = cache((documentSlug: string, label: string, filters: MatrixFilters) => getStanceMatrix({ documentSlug, label, filters }));

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function filtersFrom(query: Record<string, string | string[] | undefined>): MatrixFilters {
  const position = first(query.position);
  return {
    topic: first(query.topic)?.trim() || null,
    position: isStancePosition(position) ? position : null,
    disagreements: first(query.disagreements) === "1",
    allParties: first(query.parties) === "all",
  };
}

export async function generateMetadata({ params }: StancesPageProps): Promise<Metadata> {
  await connection();
  const { slug, label } = await params;
  try {
    const matrix = await getStanceMatrix({ documentSlug: decodeMetadataSegment(slug), label: decodeMetadataSegment(label) });
    return { title: `Stances — ${matrix.version.label} — ${matrix.document.title}` };
  } catch (error) {
    if (error instanceof NotFoundError) return { title: "Version not found" };
    throw error;
  }
}

export default async function StancesPage({ params, searchParams }: StancesPageProps) {
  await connection();
  const [{ slug, label }, query] = await Promise.all([params, searchParams]);
  const matrix = await orNotFound(loadMatrix(decodeSegment(slug), decodeSegment(label), filtersFrom(query)));
  const { document, version } = matrix;
  const filtered = matrix.filters.topic !== null || matrix.filters.position !== null || matrix.filters.disagreements;

  return (
    <div className="page">
      <Breadcrumbs
        trail={[
          { href: "/", label: "Documents" },
          { href: documentPath(document.slug), label: document.title },
          { href: versionPath(document.slug, version.label), label: version.label },
        ]}
        current="Stances"
      />
      <header className="page-header">
        <p className="eyebrow">Stance matrix</p>
        <h1>Where the parties stand on {version.label}</h1>
        <p className="section-intro">
          Each cell shows a party’s latest recorded position on the provision — on this version or, when marked “from”, on an
          earlier version of the same provision. Open a cell for the evidence and the full history.
        </p>
        <VersionSwitch
          versions={matrix.versions}
          currentLabel={version.label}
          hrefFor={(other) => stancesPath(document.slug, other)}
          label="Stance matrix of another version"
        />
      </header>

      <section aria-labelledby="matrix-heading" className={styles.section}>
        <h2 id="matrix-heading" className="visually-hidden">
          Matrix
        </h2>
        <MatrixFilterForm
          action={stancesPath(document.slug, version.label)}
          filters={matrix.filters}
          topics={matrix.topics}
          otherPartyCount={matrix.otherPartyCount}
        />
        <p className={styles.summary} role="status">
          {filtered
            ? `Showing ${matrix.rows.length} of ${matrix.totalRows} provisions.`
            : `${matrix.totalRows} provisions, ${matrix.parties.length} parties.`}{" "}
          {matrix.parties.length === 0 ? (
            <>No party has a recorded stance on this document yet. </>
          ) : null}
          <Link href={versionPath(document.slug, version.label)}>Read the version’s text</Link>
        </p>
        <PositionLegend />
        <StanceMatrixTable matrix={matrix} />
        <p className={styles.scrollHint}>Scroll the table sideways to see every party; the provision column stays in view.</p>
      </section>
    </div>
  );
}
