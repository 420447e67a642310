"use client";

import { useId, useMemo, useState } from "react";
import type { SourceSummary } from "@/lib/data/sources/source-summary";
import forms from "../auth/forms.module.css";
import styles from "./stance-form.module.css";

interface Group {
  outlet: string;
  sources: SourceSummary[];
}

function groupByOutlet(sources: SourceSummary[]): Group[] {
  const groups = new Map<string, SourceSummary[]>();
  for (const source of sources) {
    const list = groups.get(source.outlet) ?? [];
    list.push(source);
    groups.set(source.outlet, list);
  }
  return [...groups].map(([outlet, list]) => ({ outlet, sources: list }));
}

/**
 * Existing sources as checkboxes grouped by outlet (name "sourceIds"): those already
 * cited on the document first, every other source on request, with a text filter.
 * Sources hidden by the filter stay in the form, so a checked one is still submitted.
 */
export function SourcePicker({
  cited,
  others,
  selected,
  describedBy,
}: {
  cited: SourceSummary[];
  others: SourceSummary[];
  selected: string[];
  describedBy?: string;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [showAll, setShowAll] = useState(() => others.some((source) => selected.includes(source.id)));
  const needle = query.trim().toLowerCase();
  const matches = (source: SourceSummary) =>
    needle === "" || `${source.outlet} ${source.title} ${source.url}`.toLowerCase().includes(needle);
  const citedGroups = useMemo(() => groupByOutlet(cited), [cited]);
  const otherGroups = useMemo(() => groupByOutlet(others), [others]);
  const visibleCount = cited.filter(matches).length + (showAll ? others.filter(matches).length : 0);

  const renderGroups = (groups: Group[], hidden: boolean) =>
    groups.map((group) => {
      const shown = !hidden && group.sources.some(matches);
      return (
        <fieldset key={group.outlet} className={styles.outlet} hidden={!shown}>
          <legend className={styles.outletName}>{group.outlet}</legend>
          {group.sources.map((source) => (
            <label key={source.id} className={styles.sourceOption} hidden={!shown || !matches(source)}>
              <input type="checkbox" name="sourceIds" value={source.id} defaultChecked={selected.includes(source.id)} />
              <span>
                {source.title}
                <span className={styles.sourceMeta}>
                  {source.publishedOn ?? "undated"} · {source.reliability.replace("_", " ")}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      );
    });

  return (
    <div className={styles.picker}>
      <div className={forms.field}>
        <label className={forms.label} htmlFor={`${id}-filter`}>
          Find a source
        </label>
        <input
          id={`${id}-filter`}
          className={forms.input}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Outlet, title or address"
          aria-describedby={[`${id}-count`, describedBy].filter(Boolean).join(" ")}
          autoComplete="off"
        />
        <p id={`${id}-count`} className={forms.hint} aria-live="polite">
          {visibleCount} {visibleCount === 1 ? "source" : "sources"} shown
          {showAll ? "" : ` — only those already cited on this document`}.
        </p>
      </div>
      <div className={styles.sourceList}>
        {cited.length > 0 ? (
          <div role="group" aria-label="Sources already cited on this document">
            <p className={styles.listHeading}>Cited on this document</p>
            {renderGroups(citedGroups, false)}
          </div>
        ) : null}
        {others.length > 0 ? (
          <div role="group" aria-label="Other sources" hidden={!showAll}>
            <p className={styles.listHeading}>Other sources</p>
            {renderGroups(otherGroups, !showAll)}
          </div>
        ) : null}
      </div>
      {others.length > 0 ? (
        <button type="button" className={forms.secondaryButton} aria-pressed={showAll} onClick={() => setShowAll((shown) => !shown)}>
          {showAll ? "Show only sources cited on this document" : `Show all sources (${others.length} more)`}
        </button>
      ) : null}
    </div>
  );
}
