import { defineConfig } from "@playwright/test";
import { adminDatabaseUrl, uniqueDatabaseName, withDatabaseName } from "./tests/support/test-database";

/**
 * Browser tests run in Debian's Chromium against a production build served by
 * `npm start` on a database created for this run (see tests/e2e/serve.ts). The
 * database URL is set once here and inherited by the workers, so tests can seed
 * their own rows.
 */
process.env.E2E_DATABASE_URL ??= withDatabaseName(adminDatabaseUrl(), uniqueDatabaseName("draftwatch_e2e"));
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "npx tsx tests/e2e/serve.ts",
    url: baseURL,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port) },
  },
});
