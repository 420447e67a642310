import { expect, test } from "@playwright/test";
import { createToken, createUser, e2eDb, signIn, testAddress } from "./support/accounts";

test.describe("signing in and out", () => {
  test("sign-in returns to the page asked for; sign-out ends the session", async ({ page }) => {
    const reader = await createUser("reader");
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
    await signIn(page, reader, { next: "/account" });
    await expect(page.getByRole("heading", { level: 1, name: reader.name })).toBeVisible();

    await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
    expect(await e2eDb().session.count({ where: { userId: reader.id } })).toBe(0);
  });

  test("an expired session goes back to sign-in, then to the page that was asked for", async ({ page }) => {
    const admin = await createUser("admin");
    await signIn(page, admin);
    await e2eDb().session.updateMany({ where: { userId: admin.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers$/);
    await signIn(page, admin, { onCurrentPage: true, expectPath: "/admin/users" });
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  });

  test("a wrong password gets a generic message; repeated failures lock the account", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": testAddress() } });
    const page = await context.newPage();
    const analyst = await createUser("analyst");
    await page.goto("/sign-in");
    const message = page.locator("#sign-in-message");
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await page.getByLabel("Email address").fill(analyst.email);
      await page.getByLabel("Password", { exact: true }).fill(`not the password ${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(message).toHaveText(attempt < 5 ? "The email address or password is incorrect." : /Too many failed sign-in attempts\. Try again in 15 minutes\./);
    }
    await page.getByLabel("Email address").fill(analyst.email);
    await page.getByLabel("Password", { exact: true }).fill(analyst.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(message).toHaveText(/Too many failed sign-in attempts/);
    await expect(page).toHaveURL(/\/sign-in$/);
    await context.close();
  });

  test("an unknown email gets the same message as a wrong password", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": testAddress() } });
    const page = await context.newPage();
    await page.goto("/sign-in?next=https://evil.example/");
    await page.getByLabel("Email address").fill("nobody-at-all@example.org");
    await page.getByLabel("Password", { exact: true }).fill("some long password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#sign-in-message")).toHaveText("The email address or password is incorrect.");
    await context.close();
  });
});

test.describe("roles", () => {
  test("an analyst creates an API token, sees it once, uses it and revokes it", async ({ page, request }) => {
    const analyst = await createUser("analyst");
    await signIn(page, analyst, { next: "/account" });
    await page.getByLabel("Token name").fill("Nightly import");
    await page.getByRole("button", { name: "Create token" }).click();
    const shown = page.getByLabel("Your new token");
    await expect(shown).toHaveValue(/^dw_[A-Za-z0-9_-]{43}$/);
    const token = await shown.inputValue();

    const me = await request.get("/api/me", { headers: { authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ user: { email: analyst.email, role: "analyst" }, via: "token" });

    await page.reload();
    await expect(page.getByLabel("Your new token")).toHaveCount(0);
    const row = page.getByRole("row", { name: /Nightly import/ });
    await expect(row).toContainText(token.slice(0, 11));
    await row.getByRole("button", { name: /Revoke/ }).click();
    await expect(page.getByRole("row", { name: /Nightly import/ })).toContainText("Revoked");
    expect((await request.get("/api/me", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);
  });

  test("a reader sees no edit controls, and forged requests are refused", async ({ page, baseURL }) => {
    const reader = await createUser("reader");
    await signIn(page, reader, { next: "/account" });
    await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create token" })).toHaveCount(0);
    await expect(page.getByLabel("Token name")).toHaveCount(0);

    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "Only admins manage users" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Create user|Change role|Deactivate/ })).toHaveCount(0);

    // The reader's own session cookie, from this site's origin: refused for the role.
    const forged = await page.request.post("/api/tokens", { data: { name: "forged" }, headers: { origin: baseURL! } });
    expect(forged.status()).toBe(403);
    expect(await forged.json()).toEqual({ error: { code: "forbidden", message: expect.stringMatching(/analyst role/) } });
    expect(await e2eDb().apiToken.count({ where: { userId: reader.id } })).toBe(0);
  });

  test("a cross-site write with an analyst's cookie is refused", async ({ page }) => {
    const analyst = await createUser("analyst");
    await signIn(page, analyst);
    const crossSite = await page.request.post("/api/tokens", { data: { name: "csrf" }, headers: { origin: "https://evil.example" } });
    expect(crossSite.status()).toBe(403);
    expect(((await crossSite.json()) as { error: { message: string } }).error.message).toMatch(/Cross-site/);
    expect(await e2eDb().apiToken.count({ where: { userId: analyst.id } })).toBe(0);
  });

  test("a token whose user lacks the role gets a 403 JSON error", async ({ request }) => {
    const analyst = await createUser("analyst");
    const token = await createToken(analyst);
    const response = await request.post("/api/users", {
      headers: { authorization: `Bearer ${token}` },
      data: { name: "Intruder", email: "intruder@example.org", role: "admin", password: "long enough password" },
    });
    expect(response.status()).toBe(403);
    expect(response.headers()["content-type"]).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ error: { code: "forbidden", message: expect.stringMatching(/admin role/) } });
    expect(await e2eDb().user.count({ where: { email: "intruder@example.org" } })).toBe(0);
  });

  test("an admin creates a user and changes their role", async ({ page }) => {
    const admin = await createUser("admin");
    await signIn(page, admin, { next: "/admin/users" });
    const email = `created-${Date.now()}@example.org`;
    await page.getByLabel("Name").fill("Created In Browser");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("analyst");
    await page.getByLabel("First password").fill("first password 123");
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Created Created In Browser" })).toBeVisible();

    const row = page.getByRole("row", { name: /Created In Browser/ });
    await expect(row.getByLabel("Role of Created In Browser")).toHaveValue("analyst");
    await row.getByLabel("Role of Created In Browser").selectOption("reader");
    await row.getByRole("button", { name: "Change role of Created In Browser" }).click();
    await expect(row.getByLabel("Role of Created In Browser")).toHaveValue("reader");
    await expect.poll(async () => (await e2eDb().user.findUniqueOrThrow({ where: { email } })).role).toBe("reader");
    const audit = await e2eDb().auditEntry.findFirst({ where: { action: "user.role", actorId: admin.id } });
    expect(audit?.after).toEqual({ role: "reader" });
  });
});
