import { expect, test, type Page } from "@playwright/test";
import { createUser, e2eDb, signIn } from "./support/accounts";

/** Collects CSP violations and dialogs a page raises. */
function watch(page: Page) {
  const violations: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { violations, dialogs };
}

test.describe("security headers", () => {
  test("pages carry a nonce-based CSP without unsafe-eval and the other headers", async ({ request }) => {
    const first = await request.get("/sign-in");
    const second = await request.get("/sign-in");
    const headers = first.headers();
    const csp = headers["content-security-policy"] ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(/script-src [^;]*/.exec(csp)?.[0]).not.toContain("unsafe-inline");
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "default-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(second.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);

    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-powered-by"]).toBeUndefined();
  });

  test("the JSON API allows nothing to load and answers errors as JSON", async ({ request }) => {
    const response = await request.get("/api/me");
    expect(response.status()).toBe(401);
    expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(await response.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
  });

  test("a JSON body over the limit is refused with 413", async ({ page, baseURL }) => {
    const analyst = await createUser("analyst");
    await signIn(page, analyst);
    const response = await page.request.post("/api/tokens", {
      headers: { origin: baseURL!, "content-type": "application/json" },
      data: JSON.stringify({ name: "x".repeat(10_000) }),
    });
    expect(response.status()).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
  });

  test("pages hydrate under the CSP with no violation", async ({ page }) => {
    const { violations } = watch(page);
    await page.goto("/sign-in");
    const password = page.getByLabel("Password", { exact: true });
    await expect(password).toHaveAttribute("type", "password");
    await page.getByRole("button", { name: "Show password" }).click();
    await expect(password).toHaveAttribute("type", "text");
    const admin = await createUser("admin");
    await signIn(page, admin, { next: "/admin/users" });
    await page.goto("/account");
    await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
    expect(violations).toEqual([]);
  });
});

const PAYLOAD = `<script>window.__xss = "script"</script><img src="x" onerror="window.__xss = 'img'; alert('img')">javascript:alert('link')`;

test.describe("user text renders as text", () => {
  test("XSS payloads in a user's name and a token's name stay inert on /account and /admin/users", async ({ page }) => {
    const { violations, dialogs } = watch(page);
    const victim = await createUser("admin", { name: `Eve ${PAYLOAD}` });
    await signIn(page, victim, { next: "/account" });

    await page.getByLabel("Token name").fill(`T ${PAYLOAD}`.slice(0, 80));
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByLabel("Your new token")).toHaveValue(/^dw_/);
    await page.reload();

    for (const path of ["/account", "/admin/users"]) {
      await page.goto(path);
      await expect(page.getByText(`Eve ${PAYLOAD}`, { exact: false }).first()).toBeVisible();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      // The name may appear inside Next's own (nonce'd) data scripts as JSON; it must never be a script of its own.
      expect(await page.locator("script").evaluateAll((nodes) => nodes.filter((n) => n.textContent?.trim().startsWith("window.__xss")).length)).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    }
    await expect(page.getByRole("row", { name: /Eve/ }).first()).toBeVisible();
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
    expect(await e2eDb().apiToken.count({ where: { userId: victim.id } })).toBe(1);
  });
});
