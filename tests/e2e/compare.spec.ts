import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { createDatabase, type Database } from "@/lib/db";
import { createTestUser } from "../support/accounts";
import { createDocument, createVersion } from "../support/factories";

const PLAN = "/documents/us-brokered-peace-framework";
const compare = (from: string, to: string, extra = "") =>
  `${PLAN}/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${extra}`;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** A row of the comparison, by its accessible name ("Point 6 Change: Modified"). */
const row = (page: Page, title: RegExp) => page.getByRole("article", { name: title });
const rows = (page: Page) => page.locator("article[data-row]");

let db: Database | null = null;
function database(): Database {
  db ??= createDatabase(process.env.E2E_DATABASE_URL as string);
  return db;
}
test.afterAll(async () => {
  await db?.$disconnect();
});

test.describe("reading a comparison of the real dataset", () => {
  test("the army-size row shows 600,000 → 800,000 marked, with status, kind, similarity and stances", async ({ page }) => {
    await page.goto(compare("28-point", "E3 counter-proposal"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/28-point.*E3 counter-proposal/);
    const army = row(page, /^Point 6 Change: Modified$/);
    await expect(army).toBeVisible();
    await expect(army.locator("ins").filter({ hasText: "800,000" })).toBeVisible();
    await expect(army.locator("del").first()).toBeVisible();
    await expect(army).toContainText("600,000");
    await expect(army).toContainText(/\d+% similar/);
    await expect(army.locator(".status-badge")).toHaveText(/Modified/);
    const stance = army.getByRole("link", { name: /Ukraine.*Opposes/ });
    await expect(stance).toHaveAttribute("href", /\/versions\/E3%20counter-proposal\/stances\/6\/ukraine$/);
    await expect(army.getByRole("link", { name: /Point 6 of 28-point: history/ })).toHaveAttribute("href", `${PLAN}/versions/28-point/points/6`);

    const removed = row(page, /^Point 3 Change: Removed$/);
    await expect(removed).toContainText("Not in E3 counter-proposal.");
    await expect(removed).toContainText("Deleted. The E3 text drops the US line");
    await expect(removed.getByText(/Sources for the removal/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the unreleased Geneva draft shows rows as Unknown with what is reported", async ({ page }) => {
    await page.goto(compare("28-point", "Geneva ~19-point"));
    const sovereignty = row(page, /^Point 1 becomes 1 \(provisional number/);
    await expect(sovereignty).toContainText("Unknown");
    await expect(sovereignty).toContainText("Text not released");
    await expect(sovereignty).toContainText("What is reported:");
    await expect(sovereignty.locator("ins, del")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /unknown\s*: show only these/ })).toContainText("27");
    await expect(row(page, /^Point 26 Change: Removed$/)).toContainText("The wartime amnesty clause is dropped.");
  });

  test("the history page follows the army-size point across every version", async ({ page }) => {
    await page.goto(`${PLAN}/versions/28-point/points/6`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Point 6 of 28-point");
    const e3 = page.getByRole("article", { name: "E3 counter-proposal" });
    await expect(e3.locator("ins").filter({ hasText: "800,000" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Geneva ~19-point" })).toContainText("Text not released");
    await expect(page.getByRole("region", { name: "Lineage" }).getByRole("row")).toHaveCount(5);
    await expect(page.getByRole("region", { name: /Stances/ })).toContainText("Opposes");
    await expectNoAxeViolations(page);

    const missing = await page.goto(`${PLAN}/versions/28-point/points/99`);
    expect(missing?.status()).toBe(404);
  });
});

test.describe("choosing versions without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the pickers are a plain form: compare, then swap", async ({ page }) => {
    await page.goto(`${PLAN}/compare`);
    await expect(page.getByText(/Without two versions to compare, this shows the latest change/)).toBeVisible();
    await page.getByLabel("From", { exact: true }).selectOption("28-point");
    await page.getByLabel("To", { exact: true }).selectOption("20-point framework");
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await expect(page).toHaveURL(/from=28-point&to=20-point\+framework/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/28-point.*20-point framework/);
    await expect(row(page, /^Point 6 becomes 4 Change: Modified$/)).toBeVisible();

    await page.getByRole("button", { name: /Swap/ }).click();
    await expect(page).toHaveURL(/from=20-point(\+|%20)framework&to=28-point/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/20-point framework.*28-point/);
    await expect(page.getByText(/Reading backwards in time/)).toBeVisible();
  });
});

test.describe("filtering and views, each a permalink", () => {
  test("kind, status and topic filters, changed-only and the unified layout survive a reload", async ({ page }) => {
    await page.goto(compare("28-point", "E3 counter-proposal"));
    await page.getByRole("link", { name: /removed\s*: show only these/ }).click();
    await expect(page).toHaveURL(/kind=removed/);
    await expect(rows(page)).toHaveCount(6);
    await expect(page.locator("article[data-row]:not([data-kind='removed'])")).toHaveCount(0);

    await page.getByLabel("Kind of change", { exact: true }).selectOption("modified");
    await page.getByLabel("Status", { exact: true }).selectOption("modified");
    await page.getByLabel("Topic", { exact: true }).selectOption("territory");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/kind=modified&status=modified&topic=territory/);
    await expect(rows(page)).toHaveCount(1);
    await expect(row(page, /^Point 21 /)).toBeVisible();
    await page.reload();
    await expect(rows(page)).toHaveCount(1);
    await expect(page.getByLabel("Topic", { exact: true })).toHaveValue("territory");

    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(rows(page)).toHaveCount(52);
    await expect(page.locator("article[data-kind='unchanged']")).toHaveCount(1);
    await page.getByRole("link", { name: "Changed points only" }).click();
    await expect(page).toHaveURL(/changed=1/);
    await expect(page.locator("article[data-kind='unchanged']")).toHaveCount(0);
    await expect(rows(page)).toHaveCount(51);

    await page.getByRole("link", { name: "Unified" }).click();
    await expect(page).toHaveURL(/changed=1&view=unified/);
    await page.reload();
    await expect(page.getByRole("link", { name: "Unified" })).toHaveAttribute("aria-current", "true");
    await expect(page.getByRole("link", { name: "Changed points only" })).toHaveAttribute("aria-current", "true");
    const army = row(page, /^Point 6 Change: Modified$/);
    // One text carries both marks.
    const text = army.locator("p", { has: page.locator("ins") });
    await expect(text).toHaveCount(1);
    await expect(text.locator("del")).not.toHaveCount(0);
    await expect(text.locator("ins").filter({ hasText: "800,000" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("j and k move focus between changes, but not while choosing in a field", async ({ page }) => {
    await page.goto(compare("28-point", "E3 counter-proposal"));
    const focusedRowId = () => page.evaluate(() => document.activeElement?.closest("article[data-row]")?.id ?? null);
    await expect(page.getByRole("button", { name: "Next change" })).toBeEnabled();
    await page.keyboard.press("j");
    await expect.poll(focusedRowId).toBe("row-1");
    await page.keyboard.press("j");
    await expect.poll(focusedRowId).toBe("row-2");
    await page.keyboard.press("k");
    await expect.poll(focusedRowId).toBe("row-1");
    await expect(page.locator("#row-1")).toBeFocused();

    // The one unchanged row (13c) is skipped.
    const unchangedId = await page.locator("article[data-kind='unchanged']").getAttribute("id");
    const before = Number(unchangedId?.replace("row-", "")) - 1;
    await page.locator(`#row-${before}`).focus();
    await page.keyboard.press("j");
    await expect.poll(focusedRowId).toBe(`row-${before + 2}`);

    // The buttons count from the row last jumped to (or, at first, from the top of the window).
    await page.goto(compare("28-point", "E3 counter-proposal"));
    await page.getByRole("button", { name: "Next change" }).click();
    await expect.poll(focusedRowId).toBe("row-1");
    await page.getByRole("button", { name: "Next change" }).click();
    await expect.poll(focusedRowId).toBe("row-2");
    await page.getByRole("button", { name: "Previous change" }).click();
    await expect.poll(focusedRowId).toBe("row-1");

    const topic = page.getByLabel("Topic", { exact: true });
    await topic.focus();
    await page.keyboard.press("j");
    await expect(topic).toBeFocused();
  });
});

test.describe("bad addresses", () => {
  test("the same version twice is a friendly message with the pickers", async ({ page }) => {
    const response = await page.goto(compare("28-point", "28-point"));
    expect(response?.status()).toBe(200);
    await expect(page.getByText(/You chose 28-point on both sides/)).toBeVisible();
    await expect(page.getByLabel("To", { exact: true })).toBeVisible();
    await expect(rows(page)).toHaveCount(0);
  });

  test("a garbled query shows the default comparison and says what was ignored", async ({ page }) => {
    const response = await page.goto(`${PLAN}/compare?from=%%%&to=a&to=b&kind=sideways&view=3d`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/20-point framework.*2026 working text/);
    const notice = page.getByRole("complementary", { name: "About this view" });
    await expect(notice).toContainText("“%%%” is not a version label or id");
    await expect(notice).toContainText("“to” was given 2 times");
    await expect(notice).toContainText("“sideways” is not a kind of change");
    await expect(rows(page).first()).toBeVisible();
  });

  test("a document with one version says there is nothing to compare yet", async ({ page }) => {
    const document = await createDocument(database());
    await createVersion(database(), document.id, { label: "Only draft", position: 1, points: [{ number: "1" }] });
    const response = await page.goto(`/documents/${document.slug}/compare?from=%%%`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText("This document has only one version, so there is nothing to compare yet.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Read Only draft" })).toBeVisible();
  });

  test("an unknown version or document is the 404 page", async ({ page }) => {
    for (const path of [compare("28-point", "99-point"), "/documents/no-such-plan/compare?from=a&to=b"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
  });
});

test.describe("an analyst correcting the alignment", () => {
  const ARMY_600 = "Ukraine's armed forces are capped at 600,000 personnel in war and in peace.";
  const POLICE = "Ukraine's police forces are capped at 100,000 officers in war and in peace.";
  const ARMY_800 = "The army may number up to 800,000 soldiers once the fighting stops.";
  const ELECTIONS = "Elections are held within one hundred days of signature, under international observation.";

  async function signIn(page: Page) {
    const analyst = await createTestUser(database(), "analyst");
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(analyst.email);
    await page.getByLabel("Password", { exact: true }).fill(analyst.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).not.toHaveURL(/\/sign-in/);
  }

  async function correct(target: Locator) {
    const details = target.locator("details");
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await target.getByText("Correct the alignment").click();
    }
    return target;
  }

  test("unlinks a wrong automatic match, links the right pair, confirms another; the page follows", async ({ page }) => {
    const document = await createDocument(database());
    await createVersion(database(), document.id, { label: "First", position: 1, points: [
      { number: "1", text: ARMY_600 },
      { number: "2", text: ELECTIONS },
    ] });
    await createVersion(database(), document.id, { label: "Second", position: 2, points: [
      { number: "1", text: POLICE },
      { number: "2", text: ARMY_800 },
      { number: "3", text: ELECTIONS },
    ] });
    const url = `/documents/${document.slug}/compare?from=First&to=Second&view=unified`;

    await page.goto(url);
    await expect(page.getByText("Correct the alignment")).toHaveCount(0);
    await signIn(page);
    await page.goto(url);

    const wrong = row(page, /^Point 1 Change: Modified$/);
    await expect(wrong).toContainText("automatic match, not confirmed");
    await correct(wrong);
    await wrong.getByLabel("Note (optional)").fill("Police, not the army.");
    await wrong.getByRole("button", { name: "Not the same provision" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Marked as not the same provision" })).toBeVisible();
    await expect(row(page, /^Point 1 Change: Removed$/)).toBeVisible();
    await expect(row(page, /^Point 1 Change: Added$/)).toBeVisible();
    await expect(page).toHaveURL(url);

    const removed = row(page, /^Point 1 Change: Removed$/);
    await correct(removed);
    await removed.getByLabel("Same provision as").selectOption({ label: "Second point 2" });
    await removed.getByRole("button", { name: "Link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Linked" })).toBeVisible();
    const army = row(page, /^Point 1 becomes 2 Change: Modified$/);
    await expect(army).toContainText("confirmed match");
    await expect(army.locator("ins").filter({ hasText: "800,000" })).toBeVisible();

    const elections = row(page, /^Point 2 becomes 3 Change: Renumbered$/);
    await correct(elections);
    await elections.getByRole("button", { name: "Confirm match" }).click();
    await expect(elections).toContainText("confirmed match");

    await page.reload();
    await expect(row(page, /^Point 1 becomes 2 Change: Modified$/)).toContainText("confirmed match");
    await expect(row(page, /^Point 1 Change: Added$/)).toContainText("Ukraine's police forces");
    await expect(rows(page)).toHaveCount(3);
    await expectNoAxeViolations(page);

    await page.goto(`/documents/${document.slug}/versions/Second/points/2`);
    await expect(page.getByRole("region", { name: "Lineage" })).toContainText("Manual");
  });
});
