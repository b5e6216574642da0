import { defineConfig } from "@playwright/test";
import { execSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// Debian's Chromium, found on PATH: Playwright's own browser download does not work here.
const chromium = execSync("command -v chromium", { encoding: "utf8" }).trim();
const port = Number(process.env.E2E_PORT ?? 3210);
const root = resolve(__dirname, "..");
// A fresh database for every run. Made once, in the main process: workers load this file
// again and inherit the variable, so tests can reach the same data (to add a reviewer).
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), "partner-portal-e2e-"));
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // The release build scripts/test made with cargo-leptos.
    command: join(root, "target/release/partner-portal"),
    cwd: root,
    url: `http://127.0.0.1:${port}/api/v1/policy`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      PORTAL_DATA_DIR: dataDir,
      RUST_LOG: "warn",
      // The browser tests are many applicants and reviewers at one address, within a minute.
      RATE_LIMIT: "off",
    },
  },
});
