import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { cache } from "react";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { roleAtLeast } from "@/lib/auth/roles";
import { listPartyOptions } from "@/lib/data/parties/list-party-options";
import { getVersion } from "@/lib/data/versions/get-version";
import { getVersionAnnotations } from "@/lib/data/versions/get-version-annotations";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { StatusCounts } from "@/app/_components/status-counts";
import markingStyles from "@/app/_components/versions/marking.module.css";
import { PointList } from "@/app/_components/versions/point-list";
import { VersionHeader } from "@/app/_components/versions/version-header";
import { VersionListNav } from "@/app/_components/versions/version-list-nav";
import { VersionPager } from "@/app/_components/versions/version-pager";
import { documentPath, stancesPath } from "@/app/_lib/paths";
import { decodeMetadataSegment, decodeSegment, orNotFound } from "@/app/_lib/route-params";
import { NotFoundError } from "@/lib/errors";

interface VersionPageProps {
  params: Promise<{ slug: string; label: string }>;
}

const loadVersion = cache((documentSlug: string, label: string) => getVersion({ documentSlug, label }));

export async function generateMetadata({ params }: VersionPageProps): Promise<Metadata> {
  await connection();
  const { slug, label } = await params;
  try {
    const detail = await loadVersion(decodeMetadataSegment(slug), decodeMetadataSegment(label));
    return { title: `${detail.version.label} — ${detail.document.title}` };
  } catch (error) {
    // The page itself answers 404; the title only has to stay generic.
    if (error instanceof NotFoundError) return { title: "Version not found" };
    throw error;
  }
}

export default async function VersionPage({ params }: VersionPageProps) {
  await connection();
  const { slug, label } = await params;
  const [detail, actor] = await Promise.all([orNotFound(loadVersion(decodeSegment(slug), decodeSegment(label))), getCurrentActor()]);
  const { document, version } = detail;
  const canMark = actor !== null && roleAtLeast(actor.role, "analyst");
  const [annotations, parties] = await Promise.all([getVersionAnnotations({ versionId: version.id }), canMark ? listPartyOptions() : []]);
  const removedCount = detail.statusCounts.removed ?? 0;
  const hasProvisional = detail.entries.some(function provisional(entry): boolean {
    return entry.point.numberProvisional || entry.children.some(provisional);
  });

  return (
    <div className="page">
      <Breadcrumbs
        trail={[
          { href: "/", label: "Documents" },
          { href: documentPath(document.slug), label: document.title },
        ]}
        current={version.label}
      />
      <VersionHeader detail={detail} />
      <VersionPager
        documentSlug={document.slug}
        previous={detail.previous}
        next={detail.next}
        label="Previous and next version"
      />

      <div className="version-layout">
        <aside className="version-layout__aside" aria-label="About this version">
          <section aria-labelledby="status-summary-heading">
            <h2 id="status-summary-heading" className="aside-heading">
              Status summary
            </h2>
            <p className="status-summary__total">
              {detail.pointCount} {detail.pointCount === 1 ? "point" : "points"}
              {removedCount > 0 ? `, plus ${removedCount} removed ${removedCount === 1 ? "provision" : "provisions"}` : ""}.
            </p>
            <StatusCounts counts={detail.statusCounts} />
          </section>
          <VersionListNav documentSlug={document.slug} versions={detail.versions} currentLabel={version.label} />
        </aside>

        <section className="version-layout__points" aria-labelledby="points-heading">
          <div className={markingStyles.pointsHeading}>
            <h2 id="points-heading">Points</h2>
            <Link href={stancesPath(document.slug, version.label)}>Where the parties stand on this version</Link>
          </div>
          {hasProvisional ? (
            <p className="section-intro">
              <span aria-hidden="true">≈ </span>A number marked “≈” is provisional: the real numbering of this version is
              unknown, so it reuses an earlier number.
            </p>
          ) : null}
          <PointList
            entries={detail.entries}
            documentSlug={document.slug}
            versionLabel={version.label}
            textStatus={version.textStatus}
            annotations={annotations}
            marking={canMark && actor ? { versionId: version.id, parties, canDelete: roleAtLeast(actor.role, "admin") } : null}
          />
        </section>
      </div>

      <VersionPager
        documentSlug={document.slug}
        previous={detail.previous}
        next={detail.next}
        label="Previous and next version, end of page"
      />
    </div>
  );
}
