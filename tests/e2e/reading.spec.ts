import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const PLAN = "/documents/us-brokered-peace-framework";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("an analyst goes from the document list to the 28-point plan and its drafts", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Documents" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /open questions/i })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: /US-brokered Russia–Ukraine peace framework/ }).click();
  await expect(page).toHaveURL(PLAN);
  for (const label of ["28-point", "E3 counter-proposal", "Geneva ~19-point", "20-point framework", "2026 working text"]) {
    await expect(page.getByRole("link", { name: label, exact: true }).first()).toBeVisible();
  }
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "28-point", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("28-point");
  const armyCap = page.locator("#point-6");
  await expect(armyCap).toContainText("600,000");
  await expect(armyCap).toContainText(/Unchanged/);
  // Sub-points sit inside their parent.
  await expect(page.locator("#point-10 #point-10a")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a version shows the provisions it removed, in place and labelled, with their sources", async ({ page }) => {
  await page.goto(`${PLAN}/versions/${encodeURIComponent("E3 counter-proposal")}`);
  const removed = page.locator("#removed-point-3");
  await expect(removed).toContainText(/Removed in this version/);
  await expect(removed).toContainText("Deleted. The E3 text drops the US line");
  await removed.getByText(/Sources for the removal/).click();
  await expect(removed.getByRole("link").first()).toHaveAttribute("href", /^https?:\/\//);
});

test("an unreleased draft shows provisional numbers and no invented text", async ({ page }) => {
  await page.goto(`${PLAN}/versions/${encodeURIComponent("Geneva ~19-point")}`);
  await expect(page.getByText(/Text not released/).first()).toBeVisible();
  await expect(page.locator("#point-21")).toContainText(/provisional/i);
  await expectNoAxeViolations(page);
});

test("unknown documents, versions and malformed labels are a 404 page with a way back", async ({ page }) => {
  for (const path of ["/documents/no-such-plan", `${PLAN}/versions/99-point`, `${PLAN}/versions/%E0%A4%A`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("link", { name: /documents/i }).first()).toBeVisible();
  }
  await expectNoAxeViolations(page);
});
