import { readFileSync } from "node:fs";
import { type Page, type Request } from "@playwright/test";
import { test, expect } from "./support/console";
import {
  addReviewer,
  applicationBody,
  consoleLive,
  signIn,
  signInThroughTheForm,
  submit,
} from "./support/reviewer";

const tab = (page: Page, name: string) => page.locator(".console-tabs").getByRole("link", { name, exact: true });

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

test("the console is one document: moving between its views loads no page, and history works", async ({ page }) => {
  const email = `nav-${Date.now()}@example.com`;
  addReviewer(email);
  const key = `NAV${Date.now() % 1_000_000}`;
  const { reference } = await submit(page.request, applicationBody(key));
  const partnerKey = `${key}P`;
  const partner = await submit(page.request, applicationBody(partnerKey));
  await signInThroughTheForm(page, email);
  const approved = await page.request.post(`/api/v1/review/applications/${partner.reference}/decisions`, {
    data: { version: 1, decision: "approve", category: "community" },
  });
  expect(approved.status()).toBe(200);
  await consoleLive(page);

  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(request.url());
  });
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  await tab(page, "Applications").click();
  await expect(page).toHaveURL(/\/review\/applications$/);
  await expect(page.locator("h1")).toHaveText("Applications");
  await expect(tab(page, "Applications")).toHaveAttribute("aria-current", "page");
  await page.locator(`tr[data-reference="${reference}"]`).getByRole("link").click();
  await expect(page.locator("h1")).toHaveText(`${key} Systems Ltd`);
  await expect(page.locator(".record-meta [data-state]")).toHaveAttribute("data-state", "submitted");
  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Applications");

  await tab(page, "Partners").click();
  await expect(page.locator("h1")).toHaveText("Partners");
  await page.locator(`tr[data-reference="${partner.reference}"]`).getByRole("link").first().click();
  await expect(page.locator("h1")).toHaveText(`${partnerKey} Systems Ltd`);
  await expect(page.locator(".record-meta [data-standing]")).toHaveAttribute("data-standing", "active");

  await tab(page, "Quarterly audits").click();
  await expect(page.locator("h1")).toHaveText("Quarterly audits");
  await tab(page, "Overview").click();
  await expect(page.locator("h1")).toHaveText("Overview");

  expect(documents, "no document was loaded").toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // A deep link reloads as itself.
  await page.goto(`/review/applications/${reference}`);
  await page.reload();
  await expect(page.locator("h1")).toHaveText(`${key} Systems Ltd`);
  await consoleLive(page);
});

test("twenty submissions reach an open queue live, without a reload; the latencies are printed", async ({
  page,
  playwright,
  baseURL,
}) => {
  const email = `queue-${Date.now()}@example.com`;
  addReviewer(email);
  await signInThroughTheForm(page, email);
  await tab(page, "Applications").click();
  await consoleLive(page);
  const matchingBefore = Number(await page.locator("[data-matching]").getAttribute("data-matching"));
  let navigations = 0;
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });

  const applicant = await playwright.request.newContext({ baseURL });
  const key = `Q${Date.now() % 1_000_000}`;
  const latencies: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = Date.now();
    const { reference } = await submit(applicant, applicationBody(`${key}-${i}`));
    await page.waitForSelector(`table.queue tr[data-reference="${reference}"]`, { timeout: 5000 });
    latencies.push(Date.now() - started);
  }
  await applicant.dispose();
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(
    `submission → row in the open queue, 20 submissions: p50 ${percentile(sorted, 50)} ms, p95 ${percentile(sorted, 95)} ms, max ${sorted[sorted.length - 1]} ms`,
  );
  const matchingAfter = Number(await page.locator("[data-matching]").getAttribute("data-matching"));
  expect(matchingAfter - matchingBefore).toBeGreaterThanOrEqual(20);
  expect(navigations, "the queue did not reload").toBe(0);
});

test("the queue works from the keyboard, and the selection stays on its application as rows arrive", async ({
  page,
}) => {
  const email = `keys-${Date.now()}@example.com`;
  addReviewer(email);
  const key = `K${Date.now() % 1_000_000}`;
  await submit(page.request, applicationBody(`${key}-a`));
  await submit(page.request, applicationBody(`${key}-b`));
  await signInThroughTheForm(page, email);
  await tab(page, "Applications").click();
  await consoleLive(page);

  await page.keyboard.press("j");
  await page.keyboard.press("j");
  const selected = page.locator("table.queue tr.selected");
  await expect(selected).toHaveCount(1);
  const chosen = await selected.getAttribute("data-reference");
  await expect(selected.getByRole("link")).toBeFocused();

  // A new application arrives on top: the selection stays on the same application.
  const { reference: newest } = await submit(page.request, applicationBody(`${key}-c`));
  await expect(page.locator(`table.queue tr[data-reference="${newest}"]`)).toBeVisible();
  await expect(page.locator("table.queue tr.selected")).toHaveAttribute("data-reference", chosen!);

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/review/applications/${chosen}$`));
  await expect(page.locator(".record-meta .reference")).toHaveText(chosen!);
  await page.goBack();
  await expect(page.locator(`table.queue tr[data-reference="${chosen}"]`)).toBeVisible();
  await page.keyboard.press("/");
  await expect(page.locator("#queue-search")).toBeFocused();
});

test.describe("stale submissions", () => {
  // The server answers a decision on an old version 409, which Chromium logs.
  test.use({ allowedConsoleErrors: [/status of 409/] });

  test("what a reviewer types survives five live changes to the partner; the payment then goes on the version acted on", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const email = `typing-${Date.now()}@example.com`;
    const other = `other-${Date.now()}@example.com`;
    addReviewer(email);
    addReviewer(other);
    const key = `T${Date.now() % 1_000_000}`;
    const { reference } = await submit(page.request, applicationBody(key, "enterprise", { service: 5, development: 5 }, "third"));
    await signInThroughTheForm(page, email);
    await page.goto(`/review/applications/${reference}`);
    await consoleLive(page);
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.locator("[data-decided]")).toContainText("Approved as Enterprise · Third level");
    await page.getByRole("link", { name: "Open the partner" }).click();
    await expect(page.locator(".record-meta [data-standing]")).toHaveAttribute("data-standing", "awaiting_fee");
    const id = Number(new URL(page.url()).pathname.split("/").pop());

    await page.getByLabel("Amount").fill("12000.00");
    await page.getByLabel("Paid on (YYYY-MM-DD)").fill("2026-11-30");
    const paymentReference = page.getByLabel("Payment reference");
    await paymentReference.pressSequentially("TT-2026-");

    // Meanwhile another reviewer changes the partner's level five times.
    const colleague = await playwright.request.newContext({ baseURL });
    await signIn(colleague, other);
    for (let i = 0; i < 5; i++) {
      const file = await (await colleague.post("/fn/review_partner", { form: { id: String(id) } })).json();
      const changed = await colleague.post("/fn/act_on_partner", {
        data: { id, version: file.version, action: { action: "level", level: i % 2 ? "third" : "second", reason: `Review ${i + 1}` } },
      });
      expect(changed.status()).toBe(200);
      await expect(page.locator(".record-meta .version")).toHaveAttribute("data-version", String(file.version + 1));
      await paymentReference.pressSequentially(String(i));
    }
    await colleague.dispose();

    await expect(page.getByLabel("Amount")).toHaveValue("12000.00");
    await expect(page.getByLabel("Paid on (YYYY-MM-DD)")).toHaveValue("2026-11-30");
    await expect(paymentReference).toHaveValue("TT-2026-01234");
    await expect(paymentReference).toBeFocused();
    await expect(page.locator("[data-changed]")).toBeVisible();

    // Sent on the version opened, it is refused as stale and changes nothing; on this version it goes.
    await page.getByRole("button", { name: "Record the payment and activate" }).click();
    await expect(page.locator(".partner-actions .form-outcome")).toContainText("Someone changed this meanwhile");
    await page.getByRole("button", { name: "Act on this version" }).click();
    await expect(paymentReference).toHaveValue("TT-2026-01234");
    await page.getByRole("button", { name: "Record the payment and activate" }).click();
    await expect(page.locator(".record-meta [data-standing]")).toHaveAttribute("data-standing", "active");
    await expect(page.locator('.timeline li[data-kind="activated"]')).toContainText("TT-2026-01234");
  });

  test("two reviewers on one application: the second sees the first's decision arrive and cannot decide on the old version", async ({
    page: first,
    browser,
  }) => {
    const [one, two] = [`first-${Date.now()}@example.com`, `second-${Date.now()}@example.com`];
    addReviewer(one);
    addReviewer(two);
    const key = `R${Date.now() % 1_000_000}`;
    const { reference } = await submit(first.request, applicationBody(key));
    const secondContext = await browser.newContext();
    const second = await secondContext.newPage();
    await signInThroughTheForm(first, one);
    await signInThroughTheForm(second, two);
    await Promise.all([first.goto(`/review/applications/${reference}`), second.goto(`/review/applications/${reference}`)]);
    await Promise.all([consoleLive(first), consoleLive(second)]);

    await second.getByLabel("Reason for rejection").fill("Not a fit for the programme this year.");
    await first.getByLabel("What do you need from the applicant?").fill("Please send the certificates.");
    await first.getByRole("button", { name: "Request information" }).click();
    await expect(first.locator("[data-decided]")).toBeVisible();

    // The second reviewer's page follows live, says so, and keeps what they typed.
    await expect(second.locator(".record-meta [data-state]")).toHaveAttribute("data-state", "info_requested");
    await expect(second.locator("[data-changed]")).toContainText("v2");
    await expect(second.getByLabel("Reason for rejection")).toHaveValue("Not a fit for the programme this year.");
    await expect(second.locator('.timeline li[data-kind="info_requested"]')).toContainText(one);
    await second.getByRole("button", { name: "Reject" }).click();
    await expect(second.locator('[data-decision="reject"] .form-outcome')).toContainText("Someone changed this meanwhile");
    await expect(second.locator(".record-meta [data-state]")).toHaveAttribute("data-state", "info_requested");

    // On the version now shown, the decision goes.
    await second.getByRole("button", { name: "Decide on this version" }).click();
    await second.getByRole("button", { name: "Reject" }).click();
    await expect(second.locator("[data-decided]")).toContainText("Rejected");
    await expect(first.locator(".record-meta [data-state]")).toHaveAttribute("data-state", "rejected");
    await secondContext.close();
  });

});

test("the applicant's answer reaches the reviewer's open application, who then approves it", async ({
  page,
  playwright,
  baseURL,
}) => {
  const email = `loop-${Date.now()}@example.com`;
  addReviewer(email);
  const key = `L${Date.now() % 1_000_000}`;
  const body = applicationBody(key, "community", { service: 1, development: 1 });
  const { reference, statusUrl } = await submit(page.request, body);
  await signInThroughTheForm(page, email);
  await page.goto(`/review/applications/${reference}`);
  await consoleLive(page);
  await expect(page.locator('[data-flag="ineligible"]')).toBeVisible();
  await page.getByLabel("What do you need from the applicant?").fill("Only one Service-certified engineer: is there a second?");
  await page.getByRole("button", { name: "Request information" }).click();
  await expect(page.locator("[data-decided]")).toContainText("Information requested");
  await expect(page.locator(".record-meta [data-state]")).toHaveAttribute("data-state", "info_requested");

  // The applicant answers with a second engineer, from elsewhere.
  const token = new URL(statusUrl, baseURL).searchParams.get("token");
  const applicant = await playwright.request.newContext({ baseURL });
  const answered = await applicant.post(`/api/v1/applications/${reference}/resubmissions?token=${token}`, {
    data: { answer: "Yes: Chen Jing, certified in November.", application: applicationBody(key, "community") },
  });
  expect(answered.status()).toBe(200);
  await applicant.dispose();

  // The open page follows: the new state, the new roster, the flag gone, the answer in the history.
  await expect(page.locator(".record-meta [data-state]")).toHaveAttribute("data-state", "resubmitted");
  await expect(page.locator('[data-flag="ineligible"]')).toHaveCount(0);
  await expect(page.locator('.timeline li[data-kind="resubmitted"]')).toContainText("Chen Jing, certified in November");
  // Both versions are kept: the second says what changed and carries the answer.
  const versions = page.locator(".versions");
  await expect(versions.locator("li[data-version]")).toHaveCount(2);
  const second = versions.locator('li[data-version="2"]');
  await expect(second).toContainText("Chen Jing, certified in November");
  await expect(second.locator(`li[data-field="engineers.${key}-S2"]`)).toBeVisible();
  await versions.getByRole("button", { name: "Show the changes" }).click();
  await expect(versions.locator(`[data-compared] li[data-field="engineers.${key}-S2"]`)).toBeVisible();
  await page.getByRole("button", { name: "Decide on this version" }).click();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.locator("[data-decided]")).toContainText("Approved as Community");
  await expect(page.locator(".record-meta [data-state]")).toHaveAttribute("data-state", "approved");
  await expect(page.locator(".timeline li")).toHaveCount(4);
  await expect(page.locator('.timeline li[data-kind="approved"] [data-on-version="2"]')).toBeVisible();
});

test.describe("approval within the minimums", () => {
  // The server refuses an approval the roster does not meet (409 from the server function).
  test.use({ allowedConsoleErrors: [/status of 409/] });

  test("a reviewer is offered the tier the roster meets, told what a higher one lacks, and approves the lower one", async ({ page }) => {
    const email = `tier-${Date.now()}@example.com`;
    addReviewer(email);
    const key = `E${Date.now() % 1_000_000}`;
    // Three and three: short of the full Enterprise five and five; no Trial declaration either.
    const { reference } = await submit(page.request, applicationBody(key, "enterprise", { service: 3, development: 3 }, "third"));
    await signInThroughTheForm(page, email);
    await page.goto(`/review/applications/${reference}`);
    await consoleLive(page);

    const category = page.locator("#approve-category");
    await expect(category).toHaveValue("community");
    await expect(category.locator('option[value="enterprise"]')).toContainText("requirements not met");
    await expect(page.locator("[data-tier-not-met]")).toHaveCount(0);

    await category.selectOption("enterprise");
    await page.locator("#approve-level").selectOption("third");
    const lacking = page.locator("[data-tier-not-met]");
    await expect(lacking).toContainText("does not meet this partnership's requirements");
    await expect(lacking.locator("li")).not.toHaveCount(0);
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.locator(".decision.approve .form-outcome")).toContainText("does not meet this partnership's requirements");
    await expect(page.locator(".record-meta [data-state]")).toHaveAttribute("data-state", "submitted");

    await category.selectOption("community");
    await expect(lacking).toHaveCount(0);
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.locator("[data-decided]")).toContainText("Approved as Community");
    await expect(page.locator(".record-meta [data-state]")).toHaveAttribute("data-state", "approved");
  });
});

// The applicants' budget, the one scripts/size-report checks the build against.
const applicantBudget = Number(readFileSync(`${__dirname}/../../.ci/wasm-budget-bytes`, "utf8").trim());

test("applicants' pages load none of the console's code, and their WASM stays within its budget", async ({ browser, request, baseURL }) => {
  const { statusUrl } = await submit(request, applicationBody(`N${Date.now() % 1_000_000}`));
  const status = new URL(statusUrl, baseURL);
  for (const path of ["/", "/apply", status.pathname + status.search]) {
    // A browser with nothing cached, so every file it needs comes over the wire.
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const requested: string[] = [];
    const wasm: Promise<number>[] = [];
    const listen = (request: Request) => {
      requested.push(new URL(request.url()).pathname);
      // What came over the wire: the brotli copy the server keeps beside each file.
      if (request.url().endsWith(".wasm")) wasm.push(request.response().then(() => request.sizes()).then((s) => s.responseBodySize));
    };
    page.on("request", listen);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const total = (await Promise.all(wasm)).reduce((sum, bytes) => sum + bytes, 0);
    console.log(`${path.split("?")[0]}: ${wasm.length} WASM file(s), ${total} B over the wire`);
    expect(requested.filter((p) => p.startsWith("/pkg/console")), `console files requested by ${path}`).toEqual([]);
    expect(wasm.length, `${path} loads the applicants' WASM`).toBeGreaterThan(0);
    expect(total, `${path}'s WASM`).toBeLessThanOrEqual(applicantBudget);
    await context.close();
  }
});

test.describe("without WASM", () => {
  test.use({ javaScriptEnabled: false });

  test("the console still shows everything and its forms still decide", async ({ page }) => {
    const email = `plain-${Date.now()}@example.com`;
    addReviewer(email);
    const key = `W${Date.now() % 1_000_000}`;
    const { reference } = await submit(page.request, applicationBody(key));
    await page.goto("/login?next=%2Freview");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("h1")).toHaveText("Overview");
    await expect(page.locator(`tr[data-reference="${reference}"]`)).toBeVisible();

    await page.locator(`tr[data-reference="${reference}"]`).getByRole("link").click();
    await expect(page.locator("h1")).toHaveText(`${key} Systems Ltd`);
    await page.getByLabel("What do you need from the applicant?").fill("Please send the certificates.");
    await page.getByRole("button", { name: "Request information" }).click();
    await expect(page).toHaveURL(new RegExp(`/review/applications/${reference}\\?done=1$`));
    await expect(page.locator("[data-form-answer]")).toHaveText("Recorded.");
    await expect(page.locator(".record-meta [data-state]")).toHaveAttribute("data-state", "info_requested");
  });
});

test.describe("with the console's WASM blocked", () => {
  // The blocked download is logged, and so is the module that could not start.
  test.use({ allowedConsoleErrors: [/ERR_FAILED|Failed to fetch|WebAssembly|wasm/i] });

  test("the first page is the server's, data and all", async ({ page }) => {
    const email = `blocked-${Date.now()}@example.com`;
    addReviewer(email);
    const key = `B${Date.now() % 1_000_000}`;
    const { reference } = await submit(page.request, applicationBody(key));
    await page.route("**/pkg/console.*.wasm", (route) => route.abort());
    await signInThroughTheForm(page, email);
    await expect(page.locator(`tr[data-reference="${reference}"]`)).toBeVisible();
    await expect(page.locator('[data-stat="submitted"] [data-count]')).not.toHaveText("0");
    await page.goto(`/review/applications/${reference}`);
    await expect(page.locator("h1")).toHaveText(`${key} Systems Ltd`);
    await expect(page.locator('.timeline li[data-kind="submitted"]')).toBeVisible();
    await expect(page.locator(".live-state")).toHaveAttribute("data-live", "connecting");
  });
});
