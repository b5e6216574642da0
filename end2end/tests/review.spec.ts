import { test, expect } from "./support/console";
import { addReviewer, REVIEWER_PASSWORD } from "./support/reviewer";
import { expectStep, nextButton, submitButton } from "./support/wizard";

const application = (key: string) => ({
  category: "community",
  engineers: [
    { name: "Wang Fang", certificate_id: `${key}-1`, track: "automation", certification: "service" },
    { name: "Li Lei", certificate_id: `${key}-2`, track: "automation", certification: "service" },
    { name: "Zhao Min", certificate_id: `${key}-3`, track: "development" },
  ],
  declarations: { concept_and_assessment: true, no_competitors: true, quarterly_checks: true, termination_terms: true },
  company: {
    legal_name: `Live Dashboard ${key} Ltd`,
    registration_number: "201912345K",
    country: "Singapore",
    website: "live.example.sg",
    contact_name: "Tan Mei",
    email: "tan.mei@example.sg",
    phone: "+65 6123 4567",
  },
  submission_key: key,
});

test("a reviewer's open dashboard shows a new application within a second, and the whole review loop", async ({
  page: reviewer,
  browser,
}) => {
  const email = `live-${Date.now()}@example.com`;
  addReviewer(email);

  // The reviewer signs in through the form and keeps the dashboard open.
  await reviewer.goto("/review");
  await expect(reviewer).toHaveURL(/\/login\?next=%2Freview/);
  await reviewer.getByLabel("Email").fill(email);
  await reviewer.getByLabel("Password").fill(REVIEWER_PASSWORD);
  await reviewer.getByRole("button", { name: "Sign in" }).click();
  await expect(reviewer).toHaveURL(/\/review$/);
  await expect(reviewer.locator("html")).toHaveAttribute("data-live", "connected");
  let navigations = 0;
  reviewer.on("framenavigated", (frame) => {
    if (frame === reviewer.mainFrame()) navigations++;
  });

  // Meanwhile an applicant, in their own browser context, submits.
  const applicantContext = await browser.newContext();
  const applicant = await applicantContext.newPage();
  const key = `live-${Date.now()}`;
  const started = Date.now();
  const created = await applicant.request.post("/api/v1/applications", { data: application(key) });
  expect(created.status()).toBe(201);
  const { reference, status_url } = await created.json();
  const row = reviewer.locator(`tr[data-reference="${reference}"]`);
  await expect(row).toBeVisible({ timeout: 1000 });
  console.log(`submission → row on the open dashboard: ${Date.now() - started} ms`);
  expect(navigations, "the dashboard did not reload").toBe(0);

  // The queue works from the keyboard, and keeps the focus while it refreshes live (other
  // tests submit to the same server meanwhile): the reference link opens the application.
  await row.getByRole("link").focus();
  const second = await (await applicant.request.post("/api/v1/applications", { data: application(`${key}-b`) })).json();
  await expect(reviewer.locator(`tr[data-reference="${second.reference}"]`)).toBeVisible({ timeout: 1000 });
  await expect(row.getByRole("link")).toBeFocused();
  await reviewer.keyboard.press("Enter");
  await expect(reviewer.locator("h1")).toHaveText(reference);
  await reviewer.getByLabel("What do you need from the applicant?").fill("Please confirm Li Lei's certificate.");
  await reviewer.getByRole("button", { name: "Request information" }).click();
  await expect(reviewer.locator("dd[data-state]")).toHaveAttribute("data-state", "info_requested");

  // The applicant answers through the status page and the wizard.
  await applicant.goto(status_url);
  await expect(applicant.locator(".info-request")).toContainText("Li Lei's certificate");
  await applicant.getByRole("link", { name: "Answer and update your application" }).click();
  await expect(applicant.locator(".wizard")).toHaveAttribute("data-live", "true");
  for (let step = 0; step < 4; step++) await nextButton(applicant).click();
  await expectStep(applicant, "review");
  await applicant.locator("#answer").fill("Confirmed: certificate attached to our records.");
  await submitButton(applicant).click();
  await expect(applicant.locator("dd[data-state]")).toHaveAttribute("data-state", "resubmitted");

  // The reviewer's open application page follows, then they approve.
  await expect(reviewer.locator("dd[data-state]")).toHaveAttribute("data-state", "resubmitted", { timeout: 3000 });
  await reviewer.locator("#approve-category").selectOption("community");
  await reviewer.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.locator("dd[data-state]")).toHaveAttribute("data-state", "approved");
  await expect(reviewer.locator(".audit li")).toHaveCount(4);

  await applicant.reload();
  await expect(applicant.locator("dd[data-state]")).toHaveAttribute("data-state", "approved");
  await applicantContext.close();
});
