import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { roleAtLeast } from "@/lib/auth/roles";
import {
  chooseVersions,
  countFilterValues,
  filterRows,
  hasRowFilters,
  isChange,
  parseCompareQuery,
  reconcileTopic,
  viewQuery,
  type CompareView,
  type SearchParams,
} from "@/lib/compare/view-state";
import { getComparison, getComparisonVersions, type ComparisonVersion } from "@/lib/data/compare/get-comparison";
import { NotFoundError } from "@/lib/errors";
import { CompareFilters, ViewSwitch, type FilterCounts } from "@/app/_components/compare/compare-filters";
import { CompareHeader, CompareNotices } from "@/app/_components/compare/compare-header";
import { CompareRow, rowKey } from "@/app/_components/compare/compare-row";
import { CompareSummary } from "@/app/_components/compare/compare-summary";
import { ChangeNavigator } from "@/app/_components/compare/change-navigator";
import { VersionPicker } from "@/app/_components/compare/version-picker";
import styles from "@/app/_components/compare/compare.module.css";
import { DiffLegend } from "@/app/_components/diff/diff-text";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { comparePath, documentPath, versionPath } from "@/app/_lib/paths";
import { decodeMetadataSegment, decodeSegment, orNotFound } from "@/app/_lib/route-params";

interface ComparePageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<SearchParams>;
}

const loadVersions = cache((slug: string) => getComparisonVersions(slug));

export async function generateMetadata({ params, searchParams }: ComparePageProps): Promise<Metadata> {
  await connection();
  const slug = decodeMetadataSegment((await params).slug);
  try {
    const { document, versions } = await loadVersions(slug);
    const choice = chooseVersions(versions, parseCompareQuery(await searchParams));
    const what = choice.type === "pair" ? `${choice.from.label} → ${choice.to.label}` : "Compare versions";
    return { title: `${what} — ${document.title}` };
  } catch (error) {
    if (error instanceof NotFoundError) return { title: "Document not found" };
    throw error;
  }
}

export default async function ComparePage({ params, searchParams }: ComparePageProps) {
  await connection();
  const slug = decodeSegment((await params).slug);
  const query = parseCompareQuery(await searchParams);
  const { document, versions } = await orNotFound(loadVersions(slug));
  const choice = chooseVersions(versions, query);
  if (choice.type === "not-found") notFound();
  if (query.swap && choice.type === "pair") redirect(comparePath(document.slug, choice.to.label, choice.from.label, viewQuery(query.view)));

  const trail = [
    { href: "/", label: "Documents" },
    { href: documentPath(document.slug), label: document.title },
  ];

  if (choice.type === "too-few") {
    const only = choice.versions[0];
    return (
      <div className="page">
        <Breadcrumbs trail={trail} current="Compare versions" />
        <CompareHeader from={null} to={null} />
        <CompareNotices notices={query.notices} />
        <div className={styles.message}>
          <p className="lead">
            {only ? "This document has only one version, so there is nothing to compare yet." : "This document has no versions yet."}
          </p>
          {only ? (
            <p>
              <Link href={versionPath(document.slug, only.label)}>Read {only.label}</Link>
            </p>
          ) : null}
        </div>
      </div>
    );
  }

  const keep = viewQuery(query.view);
  if (choice.type === "same") {
    return (
      <div className="page">
        <Breadcrumbs trail={trail} current="Compare versions" />
        <CompareHeader from={null} to={null} />
        <CompareNotices notices={query.notices} />
        <div className={styles.message} role="status">
          <p className="lead">
            You chose <strong>{choice.version.label}</strong> on both sides. Choose two different versions to see what changed.
          </p>
        </div>
        <VersionPicker documentSlug={document.slug} versions={versions} from={choice.version.label} to={choice.version.label} keep={keep} />
      </div>
    );
  }

  const { from, to } = choice;
  const notices = [...query.notices, ...choice.notices];
  return (
    <div className="page">
      <Breadcrumbs trail={trail} current={`Compare ${from.label} → ${to.label}`} />
      <CompareHeader from={from} to={to} documentSlug={document.slug} />
      <CompareNotices notices={notices} />
      <VersionPicker documentSlug={document.slug} versions={versions} from={from.label} to={to.label} keep={keep} />
      {/* No Suspense boundary here on purpose: streamed rows stay hidden without JavaScript, and the rows are the page. */}
      <ComparisonResults documentSlug={document.slug} from={from} to={to} view={query.view} />
    </div>
  );
}

async function ComparisonResults({
  documentSlug,
  from,
  to,
  view: requested,
}: {
  documentSlug: string;
  from: ComparisonVersion;
  to: ComparisonVersion;
  view: CompareView;
}) {
  const [comparison, actor] = await Promise.all([
    orNotFound(getComparison({ documentSlug, from: from.id, to: to.id })),
    getCurrentActor(),
  ]);
  const analyst = actor !== null && roleAtLeast(actor.role, "analyst");
  const counts: FilterCounts = { kinds: comparison.summary, ...countFilterValues(comparison.rows) };
  const { view, notices } = reconcileTopic(requested, [...counts.topics.keys()]);
  const href = (change: Partial<CompareView>) => comparePath(documentSlug, from.label, to.label, viewQuery({ ...view, ...change }));
  const visible = filterRows(comparison.rows, view);
  const changes = visible.filter(isChange).length;
  const addedChoices = comparison.rows
    .filter((row) => row.kind === "added")
    .flatMap((row) => row.to)
    .map((point) => ({ id: point.id, label: `${to.label} point ${point.numberProvisional ? "≈" : ""}${point.number}` }));
  const rowIds = new Map(comparison.rows.map((row, index) => [row, `row-${index + 1}`]));
  const filtered = hasRowFilters(view);

  return (
    <>
      <CompareNotices notices={notices} />
      <CompareSummary summary={comparison.summary} total={comparison.rows.length} active={view.kind} hrefFor={(kind) => href({ kind })} />
      <section className={styles.results} aria-labelledby="rows-heading">
        <h2 id="rows-heading">Point by point</h2>
        <CompareFilters
          documentSlug={documentSlug}
          from={from.label}
          to={to.label}
          view={view}
          counts={counts}
          clearHref={view.kind || view.status || view.topic ? href({ kind: null, status: null, topic: null }) : null}
        />
        <div className={styles.toolbar}>
          <ViewSwitch
            label="Show"
            options={[
              { label: "All points", href: href({ changedOnly: false }), current: !view.changedOnly },
              { label: "Changed points only", href: href({ changedOnly: true }), current: view.changedOnly },
            ]}
          />
          <ViewSwitch
            label="Layout"
            options={[
              { label: "Side by side", href: href({ layout: "columns" }), current: view.layout === "columns" },
              { label: "Unified", href: href({ layout: "unified" }), current: view.layout === "unified" },
            ]}
          />
          <DiffLegend />
        </div>
        {visible.length === 0 ? (
          <div className={styles.message}>
            <p>No rows match these filters.</p>
            <p>
              <Link href={href({ kind: null, status: null, topic: null, changedOnly: false })}>Show all rows</Link>
            </p>
          </div>
        ) : (
          <div id="compare-rows" className={styles.rows}>
            <div className={styles.listBar}>
              <div className={styles.listBarTop}>
                <p className={styles.showing}>
                  {filtered ? `Showing ${visible.length} of ${comparison.rows.length} rows` : `All ${comparison.rows.length} rows`};{" "}
                  {changes} changed or unknown.
                </p>
                <ChangeNavigator containerId="compare-rows" count={changes} />
              </div>
              {view.layout === "columns" ? (
                <div className={styles.columnHeads} aria-hidden="true">
                  <span>{from.label}</span>
                  <span>{to.label}</span>
                </div>
              ) : null}
            </div>
            {visible.map((row) => (
              <CompareRow
                key={rowKey(row)}
                row={row}
                id={rowIds.get(row) ?? rowKey(row)}
                context={{
                  documentSlug,
                  from: comparison.from,
                  to: comparison.to,
                  layout: view.layout,
                  topicHref: (topic) => href({ topic }),
                  alignment: analyst ? { addedChoices } : null,
                }}
              />
            ))}
          </div>
        )}
      </section>
    </>
  );
}
