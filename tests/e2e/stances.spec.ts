import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createDocument, createParty, createSource, createVersion } from "../support/factories";
import { createUser, e2eDb, signIn, testAddress, type E2EUser } from "./support/accounts";

/**
 * Parties and stances in the browser: recording a stance and seeing it everywhere, the
 * conflict of two analysts on one cell, field errors, the Atom feed, and what readers see.
 * Each test makes its own document, party and users.
 */

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** A document with two drafts whose army-cap point is one provision, a party, and a source already cited on it. */
async function scenario() {
  const db = e2eDb();
  const document = await createDocument(db);
  const first = await createVersion(db, document.id, {
    label: "First",
    position: 1,
    publishedOn: new Date("2025-11-20T00:00:00Z"),
    points: [
      { number: "6", text: "Ukraine's armed forces are to be capped at 600,000 personnel.", topics: ["military-cap"] },
      { number: "7", text: "Ukraine is to write into its constitution that it will not join NATO.", topics: ["nato"] },
    ],
  });
  const second = await createVersion(db, document.id, {
    label: "Second",
    position: 2,
    publishedOn: new Date("2025-11-23T00:00:00Z"),
    points: [
      { number: "4", text: "Ukraine's armed forces are capped at 800,000 in peacetime.", topics: ["military-cap"] },
      { number: "5", text: "Ukraine is to write into its constitution that it will not join NATO.", topics: ["nato"] },
    ],
  });
  await db.lineageLink.createMany({
    data: [
      { fromPointId: first.points[0]!.id, toPointId: second.points[0]!.id, type: "modified", confidence: 1, method: "manual" },
      { fromPointId: first.points[1]!.id, toPointId: second.points[1]!.id, type: "renumbered", confidence: 1, method: "manual" },
    ],
  });
  const party = await createParty(db);
  const source = await createSource(db);
  await db.pointSource.create({ data: { pointId: second.points[0]!.id, sourceId: source.id } });
  const base = `/documents/${document.slug}`;
  return {
    document,
    party,
    source,
    base,
    cellPath: `${base}/versions/Second/stances/4/${party.slug}`,
    matrixPath: `${base}/versions/Second/stances`,
  };
}

async function signedInPage(browser: Browser, user: E2EUser, next: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": testAddress() } });
  const page = await context.newPage();
  await signIn(page, user, { next });
  return page;
}

test.describe("recording a stance", () => {
  test("an analyst records a stance with sources and sees it in the matrix, the change feed and the comparison", async ({ browser }) => {
    const { party, source, base, cellPath, matrixPath, document } = await scenario();
    const analyst = await createUser("analyst");
    const page = await signedInPage(browser, analyst, cellPath);

    await expect(page.getByRole("heading", { level: 1 })).toContainText(`${party.name} on point 4`);
    await expect(page.getByText(/No stance of .* is recorded here/)).toBeVisible();
    await page.getByRole("radio", { name: /^Opposes/ }).check();
    await page.getByLabel("Summary").fill("Kyiv rejects any cap on its armed forces.");
    await page.getByLabel("Short quote").fill("No limits on our army.");
    await page.getByLabel("Date stated").fill("2025-11-24");
    await page.getByRole("checkbox", { name: new RegExp(source.title) }).check();
    await page.getByText("Add a new source").click();
    await page.getByLabel("Outlet").fill("Kyiv Independent");
    await page.getByLabel("Title", { exact: true }).fill("Kyiv rejects the army cap");
    await page.getByLabel("Address (URL)").fill("https://kyivindependent.com/army-cap");
    await page.getByRole("button", { name: "Record stance" }).click();

    await expect(page.getByRole("status").filter({ hasText: "Stance recorded" })).toBeVisible();
    const current = page.getByRole("article", { name: "Current position" });
    await expect(current).toContainText("Opposes");
    await expect(current).toContainText("Kyiv rejects any cap on its armed forces.");
    await expect(current).toContainText("“No limits on our army.”");
    await expect(current.getByRole("link", { name: "Kyiv rejects the army cap" })).toHaveAttribute("href", "https://kyivindependent.com/army-cap");
    await expect(current.getByRole("link", { name: source.title })).toBeVisible();
    await expect(current).toContainText(`Recorded by ${analyst.name}`);
    await expectNoAxeViolations(page);

    await page.goto(matrixPath);
    const table = page.getByRole("table", { name: /Current positions of 1 party on the provisions of Second/ });
    await expect(table).toBeVisible();
    const row = table.getByRole("row", { name: /Point 4/ });
    await expect(row.getByRole("link", { name: /Opposes/ })).toHaveAttribute("href", cellPath);
    // The earlier version's matrix does not show a stance stated about a later one.
    await page.goto(`${base}/versions/First/stances`);
    await expect(page.getByRole("row", { name: /Point 6/ }).getByRole("link", { name: "No stance recorded" })).toBeVisible();

    await page.goto(`/changes?document=${document.slug}`);
    const change = page.getByRole("article", { name: `Stance recorded: ${party.name} on Second, point 4 — opposes` });
    await expect(change).toBeVisible();
    await expect(change).toContainText(`by ${analyst.name}`);
    await expect(change.getByRole("link")).toHaveAttribute("href", cellPath);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `/changes.xml?document=${document.slug}`);

    // Last: the comparison page is built by another engineer.
    await page.goto(`${base}/compare?from=First&to=Second`);
    await expect(page.getByRole("link", { name: new RegExp(`${party.name}.*Opposes`) }).first()).toHaveAttribute("href", cellPath);
  });

  test("two analysts on one cell: the second sees the conflict with the current value and keeps what they typed", async ({ browser }) => {
    const { party, cellPath } = await scenario();
    const [alice, bob] = [await createUser("analyst", { name: `Alice ${party.shortLabel}` }), await createUser("analyst", { name: `Bob ${party.shortLabel}` })];
    const alicePage = await signedInPage(browser, alice, cellPath);
    const bobPage = await signedInPage(browser, bob, cellPath);

    for (const [page, position, summary] of [
      [alicePage, /^Supports/, "Alice: backs the 800,000 cap."],
      [bobPage, /^Conditional/, "Bob: only with security guarantees."],
    ] as const) {
      await page.getByRole("radio", { name: position }).check();
      await page.getByLabel("Summary").fill(summary);
      await page.getByLabel("Date stated").fill("2025-11-25");
      await page.getByLabel("Note").fill("Heard at the briefing.");
    }
    await alicePage.getByRole("button", { name: "Record stance" }).click();
    await expect(alicePage.getByRole("status").filter({ hasText: "Stance recorded" })).toBeVisible();

    await bobPage.getByRole("button", { name: "Record stance" }).click();
    const conflict = bobPage.getByRole("region", { name: "Someone else recorded a stance first" });
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText("Supports");
    await expect(conflict).toContainText("Alice: backs the 800,000 cap.");
    await expect(conflict).toContainText(`recorded by ${alice.name}`);
    await expect(conflict).toContainText("25 Nov 2025");
    await expect(bobPage.getByLabel("Summary")).toHaveValue("Bob: only with security guarantees.");
    await expect(bobPage.getByRole("radio", { name: /^Conditional/ })).toBeChecked();
    await expect(bobPage.getByLabel("Note")).toHaveValue("Heard at the briefing.");
    await expect(bobPage.getByRole("article", { name: "Current position" })).toContainText("Alice: backs the 800,000 cap.");

    // Submitting again records Bob's stance on top of Alice's.
    await bobPage.getByRole("button", { name: "Record stance" }).click();
    await expect(bobPage.getByRole("status").filter({ hasText: "Stance recorded" })).toBeVisible();
    await expect(bobPage.getByRole("article", { name: "Current position" })).toContainText("Bob: only with security guarantees.");
    await expect(bobPage.getByRole("heading", { name: "History of this cell" })).toBeVisible();
    expect(await e2eDb().stance.count({ where: { partyId: party.id } })).toBe(2);
  });

  test("a stance without a source or a note, or stated in the future, is refused field by field and nothing is written", async ({ browser }) => {
    const { party, cellPath } = await scenario();
    const page = await signedInPage(browser, await createUser("analyst"), cellPath);
    await page.getByRole("radio", { name: /^Proposed/ }).check();
    await page.getByLabel("Summary").fill("Tabled the cap.");
    await page.getByLabel("Date stated").fill("2099-01-01");
    await page.getByRole("button", { name: "Record stance" }).click();

    await expect(page.getByRole("status").filter({ hasText: "The stance was not saved" })).toBeVisible();
    const date = page.getByLabel("Date stated");
    await expect(date).toHaveAttribute("aria-invalid", "true");
    await expect(date).toHaveAccessibleDescription(/Date stated cannot be in the future/);
    await expect(page.getByRole("group", { name: "Evidence" })).toHaveAccessibleDescription(/Give a source or a note/);
    await expect(page.getByLabel("Summary")).toHaveValue("Tabled the cap.");
    await expect(page.getByRole("radio", { name: /^Proposed/ })).toBeChecked();

    await page.getByLabel("Short quote").fill("q".repeat(301));
    await page.getByText("Add a new source").click();
    await page.getByLabel("Outlet").fill("Blog");
    await page.getByLabel("Title", { exact: true }).fill("A post");
    await page.getByLabel("Address (URL)").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Record stance" }).click();
    await expect(page.getByLabel("Short quote")).toHaveAccessibleDescription(/Quote must be at most 300 characters/);
    await expect(page.getByLabel("Address (URL)")).toHaveAccessibleDescription(/must be an http:\/\/ or https:\/\/ address/);
    expect(await e2eDb().stance.count({ where: { partyId: party.id } })).toBe(0);
    await expectNoAxeViolations(page);
  });
});

test.describe("reading", () => {
  test("a reader sees no marking controls; notes and alternatives are shown to everyone", async ({ browser }) => {
    const { base, party, cellPath } = await scenario();
    const db = e2eDb();
    const author = await createUser("analyst", { name: "Nadia Notes" });
    const second = await db.version.findFirstOrThrow({ where: { document: { slug: base.split("/").pop()! }, label: "Second" }, include: { points: true } });
    const point = second.points.find((item) => item.number === "4")!;
    await db.note.create({ data: { pointId: point.id, body: "The cap moved from 600,000 to 800,000.", authorId: author.id } });
    await db.alternative.create({ data: { versionId: second.id, pointId: point.id, partyId: party.id, text: "Ukraine's armed forces are capped at 600,000 in peacetime." } });

    const page = await signedInPage(browser, await createUser("reader"), `${base}/versions/Second`);
    const article = page.getByRole("article", { name: "Point 4" });
    await expect(article.getByText("The cap moved from 600,000 to 800,000.")).toBeVisible();
    await expect(article.getByText("Nadia Notes")).toBeVisible();
    await expect(article.getByRole("region", { name: "Alternative wordings (1)" })).toContainText(party.shortLabel);
    await expect(article.locator("ins").filter({ hasText: "600,000" })).toBeVisible();
    await expect(article.getByRole("link", { name: "History of point 4" })).toBeVisible();
    await expect(page.getByText("Mark / annotate")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Save status|Add note|Add alternative|Delete/ })).toHaveCount(0);
    await expect(page.getByRole("combobox")).toHaveCount(0);

    await page.goto(cellPath);
    await expect(page.getByRole("heading", { name: "History of this cell" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Record stance" })).toHaveCount(0);
    await expect(page.getByRole("radio")).toHaveCount(0);
  });

  test("matrix, cell, party and change pages have no accessibility violations; filters live in the URL", async ({ page }) => {
    await page.goto("/documents/us-brokered-peace-framework/versions/20-point%20framework/stances");
    await expect(page.getByRole("table", { name: /Current positions of \d+ parties/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Disagreements only").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/disagreements=1/);
    await expect(page.getByRole("status").filter({ hasText: /Showing \d+ of \d+ provisions/ })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: /Point 14/ })).toBeVisible();

    await page.goto("/documents/us-brokered-peace-framework/versions/20-point%20framework/stances/14/ukraine");
    await expect(page.getByRole("article", { name: "Current position" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/parties/ukraine?since=2025-12-01");
    await expect(page.getByRole("heading", { name: "What moved" })).toBeVisible();
    await expect(page.getByText(/positions? moved after 1 Dec 2025/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/parties/ukraine?since=2025-13-45");
    await expect(page.getByLabel("Moved since")).toHaveAccessibleDescription(/Enter the date as YYYY-MM-DD/);

    await page.goto("/parties");
    await expectNoAxeViolations(page);
    await page.goto("/changes");
    await expect(page.getByRole("heading", { level: 1, name: "What changed" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("unknown parties, points and versions answer 404", async ({ page }) => {
    for (const path of [
      "/parties/no-such-party",
      "/documents/us-brokered-peace-framework/versions/28-point/stances/999/ukraine",
      "/documents/us-brokered-peace-framework/versions/28-point/stances/6/no-such-party",
      "/documents/us-brokered-peace-framework/versions/No%20such%20draft/stances",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });

  test("the Atom feed parses as Atom 1.0 with the required elements and honours the filters", async ({ page, browser }) => {
    const { document, party, cellPath } = await scenario();
    const analyst = await createUser("analyst");
    const writer = await signedInPage(browser, analyst, cellPath);
    await writer.getByRole("radio", { name: /^Unknown/ }).check();
    await writer.getByLabel("Summary").fill(`Said nothing <b>clear</b> & "vague"`);
    await writer.getByLabel("Date stated").fill("2025-11-26");
    await writer.getByLabel("Note").fill("Press conference.");
    await writer.getByRole("button", { name: "Record stance" }).click();
    await expect(writer.getByRole("status").filter({ hasText: "Stance recorded" })).toBeVisible();

    const response = await page.request.get(`/changes.xml?document=${document.slug}&party=${party.slug}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    await page.goto("/changes");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const ATOM = "http://www.w3.org/2005/Atom";
      const feed = doc.documentElement;
      const child = (parent: Element, name: string) => [...parent.children].find((el) => el.namespaceURI === ATOM && el.localName === name);
      return {
        error: doc.getElementsByTagName("parsererror").length,
        root: [feed.namespaceURI, feed.localName],
        id: child(feed, "id")?.textContent,
        title: child(feed, "title")?.textContent,
        updated: child(feed, "updated")?.textContent,
        self: [...feed.children].find((el) => el.localName === "link" && el.getAttribute("rel") === "self")?.getAttribute("href"),
        entries: [...feed.children]
          .filter((el) => el.localName === "entry")
          .map((entry) => ({
            id: child(entry, "id")?.textContent,
            title: child(entry, "title")?.textContent,
            updated: child(entry, "updated")?.textContent,
            author: child(entry, "author") && child(child(entry, "author")!, "name")?.textContent,
            link: [...entry.children].find((el) => el.localName === "link")?.getAttribute("href"),
            summary: child(entry, "summary")?.textContent,
            html: entry.getElementsByTagName("b").length,
          })),
      };
    }, xml);
    expect(parsed.error).toBe(0);
    expect(parsed.root).toEqual(["http://www.w3.org/2005/Atom", "feed"]);
    expect(parsed.id).toBeTruthy();
    expect(parsed.title).toContain(party.slug);
    expect(new Date(parsed.updated ?? "").getTime()).not.toBeNaN();
    expect(parsed.self).toMatch(new RegExp(`/changes\\.xml\\?document=${document.slug}&party=${party.slug}$`));
    expect(parsed.entries).toHaveLength(1);
    const [entry] = parsed.entries;
    expect(entry?.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(entry?.title).toBe(`Stance recorded: ${party.name} on Second, point 4 — unknown`);
    expect(entry?.author).toBe(analyst.name);
    expect(entry?.link).toMatch(new RegExp(`${cellPath.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    expect(entry?.summary).toContain("Position: unknown");
    expect(entry?.html).toBe(0);
    expect(xml).toContain("Said nothing &lt;b&gt;clear&lt;/b&gt; &amp; &quot;vague&quot;");

    expect((await page.request.get("/changes.xml?party=no-such-party")).status()).toBe(404);
  });
});
