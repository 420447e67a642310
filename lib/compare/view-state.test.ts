import { describe, expect, it } from "vitest";
import {
  DEFAULT_VIEW,
  chooseVersions,
  countFilterValues,
  filterRows,
  isPlausibleReference,
  parseCompareQuery,
  reconcileTopic,
  viewQuery,
  type CompareView,
  type FilterableRow,
} from "./view-state";

const VERSIONS = [
  { id: "11111111-1111-4111-8111-111111111111", label: "28-point" },
  { id: "22222222-2222-4222-8222-222222222222", label: "E3 counter-proposal" },
  { id: "33333333-3333-4333-8333-333333333333", label: "Geneva ~19-point" },
];

describe("parseCompareQuery", () => {
  it("reads a full view", () => {
    const query = parseCompareQuery({
      from: "28-point",
      to: "E3 counter-proposal",
      kind: "modified",
      status: "contested",
      topic: "territory",
      changed: "1",
      view: "unified",
    });
    expect(query).toEqual({
      from: "28-point",
      to: "E3 counter-proposal",
      swap: false,
      view: { kind: "modified", status: "contested", topic: "territory", changedOnly: true, layout: "unified" },
      notices: [],
    });
  });

  it("gives the defaults for an empty query, without notices", () => {
    expect(parseCompareQuery({})).toEqual({ from: null, to: null, swap: false, view: DEFAULT_VIEW, notices: [] });
  });

  it("ignores garbage and says what it ignored", () => {
    const query = parseCompareQuery({
      from: "%%%",
      to: ["a", "b"],
      kind: "sideways",
      status: "maybe",
      topic: "<script>",
      changed: "yes please",
      view: "3d",
      utm_source: "mail",
    });
    expect(query.from).toBeNull();
    expect(query.to).toBeNull();
    expect(query.view).toEqual(DEFAULT_VIEW);
    expect(query.notices).toHaveLength(8);
    expect(query.notices.join(" ")).toMatch(/“%%%” is not a version label/);
    expect(query.notices.join(" ")).toMatch(/“to” was given 2 times/);
    expect(query.notices.join(" ")).toMatch(/“sideways” is not a kind of change/);
    expect(query.notices.join(" ")).toMatch(/“utm_source”/);
  });

  it("shortens very long values in notices", () => {
    const { notices } = parseCompareQuery({ kind: "x".repeat(5000) });
    expect(notices[0]?.length).toBeLessThan(120);
  });

  it("accepts the status filter for rows without a status, and the swap flag", () => {
    const query = parseCompareQuery({ status: "none", swap: "1", changed: "0", view: "columns" });
    expect(query.view.status).toBe("none");
    expect(query.swap).toBe(true);
    expect(query.notices).toEqual([]);
  });

  it("treats empty filter values from a submitted form as no filter", () => {
    expect(parseCompareQuery({ from: "28-point", to: "E3 counter-proposal", kind: "", status: "", topic: "" }).notices).toEqual([]);
    expect(parseCompareQuery({ from: " " }).notices).toEqual(["“from” was empty, so it was ignored."]);
  });
});

describe("isPlausibleReference", () => {
  it("accepts labels and ids, refuses broken encodings and control characters", () => {
    expect(isPlausibleReference("Geneva ~19-point")).toBe(true);
    expect(isPlausibleReference(VERSIONS[0]!.id)).toBe(true);
    expect(isPlausibleReference("%%%")).toBe(false);
    expect(isPlausibleReference("a\u0000b")).toBe(false);
    expect(isPlausibleReference("x".repeat(201))).toBe(false);
  });
});

describe("chooseVersions", () => {
  it("uses both references, by label or id, in either order", () => {
    expect(chooseVersions(VERSIONS, { from: "Geneva ~19-point", to: VERSIONS[0]!.id })).toEqual({
      type: "pair",
      from: VERSIONS[2],
      to: VERSIONS[0],
      notices: [],
    });
  });

  it("defaults to the latest change, and fills a missing side with a neighbour", () => {
    const latest = chooseVersions(VERSIONS, { from: null, to: null });
    expect(latest).toMatchObject({ type: "pair", from: VERSIONS[1], to: VERSIONS[2] });
    expect(latest.type === "pair" && latest.notices[0]).toMatch(/latest change/);
    expect(chooseVersions(VERSIONS, { from: "28-point", to: null })).toMatchObject({ from: VERSIONS[0], to: VERSIONS[1] });
    expect(chooseVersions(VERSIONS, { from: "Geneva ~19-point", to: null })).toMatchObject({ from: VERSIONS[2], to: VERSIONS[1] });
    expect(chooseVersions(VERSIONS, { from: null, to: "28-point" })).toMatchObject({ from: VERSIONS[1], to: VERSIONS[0] });
  });

  it("reports the same version twice, unknown references, and documents with one version", () => {
    expect(chooseVersions(VERSIONS, { from: "28-point", to: VERSIONS[0]!.id })).toEqual({ type: "same", version: VERSIONS[0] });
    expect(chooseVersions(VERSIONS, { from: "99-point", to: "28-point" })).toEqual({ type: "not-found", reference: "99-point" });
    expect(chooseVersions(VERSIONS, { from: null, to: "99-point" })).toEqual({ type: "not-found", reference: "99-point" });
    expect(chooseVersions(VERSIONS.slice(0, 1), { from: null, to: null })).toEqual({ type: "too-few", versions: VERSIONS.slice(0, 1) });
    expect(chooseVersions([], { from: null, to: null })).toEqual({ type: "too-few", versions: [] });
  });
});

describe("filterRows", () => {
  const rows: (FilterableRow & { id: number })[] = [
    { id: 1, kind: "unchanged", status: "unchanged", topics: ["nato"] },
    { id: 2, kind: "modified", status: "contested", topics: ["territory"] },
    { id: 3, kind: "removed", status: "removed", topics: ["territory", "nato"] },
    { id: 4, kind: "unknown", status: null, topics: [] },
  ];
  const ids = (view: Partial<CompareView>) => filterRows(rows, { ...DEFAULT_VIEW, ...view }).map((row) => row.id);

  it("filters by kind, status, topic and change, together", () => {
    expect(ids({})).toEqual([1, 2, 3, 4]);
    expect(ids({ changedOnly: true })).toEqual([2, 3, 4]);
    expect(ids({ kind: "removed" })).toEqual([3]);
    expect(ids({ status: "none" })).toEqual([4]);
    expect(ids({ topic: "territory", status: "contested" })).toEqual([2]);
    expect(ids({ topic: "nato", changedOnly: true })).toEqual([3]);
  });
});

describe("countFilterValues", () => {
  it("counts rows per status (no status as none) and per topic", () => {
    const { statuses, topics } = countFilterValues([
      { kind: "modified", status: "contested", topics: ["nato", "territory"] },
      { kind: "unknown", status: null, topics: ["nato"] },
    ]);
    expect([...statuses]).toEqual([
      ["contested", 1],
      ["none", 1],
    ]);
    expect(topics.get("nato")).toBe(2);
  });
});

describe("reconcileTopic and viewQuery", () => {
  it("drops a topic no row has", () => {
    const view = { ...DEFAULT_VIEW, topic: "weather" };
    expect(reconcileTopic(view, ["nato"])).toEqual({ view: DEFAULT_VIEW, notices: [expect.stringMatching(/weather/)] });
    expect(reconcileTopic({ ...DEFAULT_VIEW, topic: "nato" }, ["nato"]).notices).toEqual([]);
  });

  it("writes only what differs from the defaults, in a stable order", () => {
    expect(viewQuery(DEFAULT_VIEW)).toEqual({});
    expect(Object.keys(viewQuery({ kind: "added", status: "none", topic: "nato", changedOnly: true, layout: "unified" }))).toEqual([
      "kind",
      "status",
      "topic",
      "changed",
      "view",
    ]);
  });
});
