import { type Browser, type BrowserContext, type Page, expect, test } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

import { addReviewer, signInThroughTheForm } from "../tests/support/reviewer";
import {
  addEngineer,
  chooseCategory,
  communityRoster,
  expectStep,
  fillCompany,
  openWizard,
  tickShownDeclarations,
} from "../tests/support/wizard";

// Every page an applicant or a reviewer sees, at a desktop and a phone width, in both
// languages, into docs/screenshots/ as <page>-<language>-<width>.jpg (JPEG keeps the
// committed set small).
const out = resolve(__dirname, "../../docs/screenshots");
const sizes = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
];
const languages = ["en", "zh"];

type Shot = (page: Page, name: string) => Promise<void>;

async function context(
  browser: Browser,
  baseURL: string,
  language: string,
  width: number,
  height: number,
  storageState?: string,
) {
  // bypassCSP: the picture's own style tag (below) is inline, which the site's policy refuses.
  const made = await browser.newContext({ baseURL, viewport: { width, height }, storageState, bypassCSP: true });
  await made.addCookies([{ name: "i18n_pref_locale", value: language, url: baseURL }]);
  return made;
}

async function applicantPages(page: Page, shot: Shot, statusPath: string) {
  await page.goto("/");
  await expect(page.locator(".quick-check-form")).toHaveAttribute("data-live", "true");
  await shot(page, "landing");
  await openWizard(page);
  const next = () => page.locator('.wizard-actions button[value="next"]').click();
  await shot(page, "wizard-1-company");
  await fillCompany(page);
  await next();
  await chooseCategory(page, "community");
  await shot(page, "wizard-2-category");
  await next();
  for (const engineer of communityRoster) await addEngineer(page, engineer);
  await shot(page, "wizard-3-engineers");
  await next();
  await tickShownDeclarations(page);
  await shot(page, "wizard-4-declarations");
  await next();
  await expectStep(page, "review");
  await shot(page, "wizard-5-review");
  await page.goto(statusPath);
  await shot(page, "status");
}

async function reviewerPages(page: Page, shot: Shot, reference: string, partner: string) {
  const views: [string, string][] = [
    ["review-dashboard", "/review"],
    ["review-queue", "/review/applications"],
    ["review-application", `/review/applications/${reference}`],
    ["review-partners", "/review/partners"],
    ["review-partner", partner],
    ["review-audits", "/review/audits"],
    ["review-integrations", "/review/integrations"],
    ["review-accounts", "/review/accounts"],
  ];
  for (const [name, path] of views) {
    await page.goto(path);
    await expect(page.locator(".live-state")).toHaveAttribute("data-live", "connected");
    await shot(page, name);
  }
}

test("every page at 1366 and 390 px, in English and Chinese", async ({ browser, baseURL }) => {
  const base = baseURL ?? "";
  mkdirSync(out, { recursive: true });

  // A signed-in admin (the views for admins included), and applications to show.
  const admin = `screenshots-${Date.now()}@example.com`;
  addReviewer(admin, "admin");
  const setup: BrowserContext = await browser.newContext({ baseURL: base });
  const page = await setup.newPage();
  await signInThroughTheForm(page, admin);
  const staffState = resolve(out, "..", "..", "target", "screenshots-staff.json");
  await setup.storageState({ path: staffState });
  const description = await (await page.request.get("/api/v1/openapi.json")).json();
  const example = description.components.schemas.ApplicationRequest.example;
  const created = [];
  for (const [index, name] of ["Lanting Cloud Ltd", "Beihai Systems Co., Ltd", "Orchid Data Pte Ltd"].entries()) {
    const body = {
      ...example,
      submission_key: `screenshots-${Date.now()}-${index}`,
      company: { ...example.company, legal_name: name },
    };
    const response = await page.request.post("/api/v1/applications", { data: body });
    expect(response.status()).toBe(201);
    created.push(await response.json());
  }
  const queue = await (await page.request.get("/api/v1/review/applications")).json();
  const first = queue.find((row: { reference: string }) => row.reference === created[0].reference);
  const approved = await page.request.post(`/api/v1/review/applications/${first.reference}/decisions`, {
    data: {
      version: first.version,
      decision: "approve",
      category: example.category,
      enterprise_level: example.enterprise_level,
    },
  });
  expect(approved.status()).toBe(200);
  await page.goto("/review/partners");
  const partner = (await page.locator('a[href^="/review/partners/"]').first().getAttribute("href")) ?? "";
  const statusPath = new URL(created[1].status_url, base).pathname + new URL(created[1].status_url, base).search;
  await setup.close();

  for (const language of languages) {
    for (const { width, height } of sizes) {
      const shot: Shot = async (at, name) => {
        // A whole-page picture scrolls the page under a sticky panel; show it where it starts.
        await at.addStyleTag({ content: ".eligibility-panel { position: static !important; }" });
        await at.screenshot({ path: resolve(out, `${name}-${language}-${width}.jpg`), fullPage: true, quality: 60 });
      };
      const applicant = await context(browser, base, language, width, height);
      await applicantPages(await applicant.newPage(), shot, statusPath);
      await applicant.close();
      const staff = await context(browser, base, language, width, height, staffState);
      await reviewerPages(await staff.newPage(), shot, created[2].reference, partner);
      await staff.close();
    }
  }
});
