import { test, expect } from "./support/console";
import {
  addEngineer,
  chooseCategory,
  communityRoster,
  company,
  expectEligible,
  expectStep,
  fillCompany,
  nextButton,
  openWizard,
  panelVerdict,
  submitButton,
  tickShownDeclarations,
  wizard,
} from "./support/wizard";

test("an eligible Community partner completes the wizard and lands on its status page", async ({ page }) => {
  await openWizard(page);
  await fillCompany(page);
  await nextButton(page).click();
  await expectStep(page, "category");
  await chooseCategory(page, "community");
  await nextButton(page).click();
  await expectStep(page, "engineers");
  for (const engineer of communityRoster) await addEngineer(page, engineer);
  await nextButton(page).click();
  await expectStep(page, "declarations");
  expect(await tickShownDeclarations(page)).toBe(4);
  await expectEligible(page, "community", true);
  await expect(panelVerdict(page, "community")).toHaveClass(/requested/);
  await nextButton(page).click();
  await expectStep(page, "review");
  await expect(page.locator('[data-review="category"]')).toHaveText("Community Edition Technology Partner");
  await expect(page.locator('[data-review="declarations"]')).toHaveText("Declarations given: 4 of 4");
  // Eligible: no warning, nothing to confirm.
  await expect(page.locator("#confirm-ineligible")).toBeHidden();
  await submitButton(page).click();

  await expect(page).toHaveURL(/\/status\/BK-[A-Z0-9]{4}-[A-Z0-9]{4}\?token=/);
  await expect(page.locator("dd[data-state]")).toHaveAttribute("data-state", "submitted");
  await expect(page.locator(".status-facts")).toContainText("Community Edition Technology Partner");
  await expect(page.locator(".status-facts")).toContainText("Meets the requirements");
  await expect(page.locator(".history li")).toHaveCount(1);
  // The draft is gone once submitted: a new application starts empty.
  await openWizard(page);
  await expect(page.locator('[id="company.legal_name"]')).toHaveValue("");
});

test("an Enterprise Trial applicant one engineer short sees the shortfall and fixes it without a request", async ({
  page,
}) => {
  await openWizard(page);
  await fillCompany(page);
  await nextButton(page).click();
  await chooseCategory(page, "enterprise", "trial");
  await nextButton(page).click();
  await page.waitForLoadState("networkidle");
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));

  const roster = [
    { name: "A One", certificate: "BK-T-1", track: "automation", certification: "service" },
    { name: "A Two", certificate: "BK-T-2", track: "automation", certification: "service" },
    { name: "D One", certificate: "BK-T-3", track: "development" },
    { name: "D Two", certificate: "BK-T-4", track: "development" },
    { name: "D Three", certificate: "BK-T-5", track: "development" },
  ] as const;
  for (const engineer of roster) await addEngineer(page, engineer);
  await nextButton(page).click();
  await tickShownDeclarations(page);
  const trial = panelVerdict(page, "enterprise_trial");
  await expectEligible(page, "enterprise_trial", false);
  await expect(trial).toHaveClass(/requested/);
  await expect(trial.locator("li[data-requirement]")).toHaveCount(1);
  await expect(trial).toContainText("Service-certified O&M Automation Engineers: 2 of 3");

  await page.getByRole("button", { name: "Back" }).click();
  await expectStep(page, "engineers");
  await addEngineer(page, { name: "A Three", certificate: "BK-T-6", track: "automation", certification: "service" });
  await expectEligible(page, "enterprise_trial", true);
  await expect(trial.locator("li[data-requirement]")).toHaveCount(0);
  expect(requests, "requests while filling in the wizard").toEqual([]);
});

test("a certificate ID entered twice is marked at once", async ({ page }) => {
  await openWizard(page);
  await fillCompany(page);
  await nextButton(page).click();
  await chooseCategory(page, "community");
  await nextButton(page).click();
  await addEngineer(page, communityRoster[0]);
  await addEngineer(page, { ...communityRoster[1], certificate: " bk-a-001 " });
  const second = page.locator('[id="engineers[1].certificate_id"]');
  await expect(second).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator('[id="engineers-1--certificate_id-error"]')).toContainText("already listed");
});

test("each step checks its fields before Next, with the message beside the field", async ({ page }) => {
  await openWizard(page);
  await page.locator('[id="company.email"]').fill("not an email");
  await nextButton(page).click();
  await expectStep(page, "company");
  await expect(page.locator('[id="company-legal_name-error"]')).toHaveText("Required");
  await expect(page.locator('[id="company-email-error"]')).toHaveText("Enter an email address such as name@example.com");
  await expect(page.locator('[id="company.legal_name"]')).toBeFocused();
  await fillCompany(page);
  await expect(page.locator('[id="company-email-error"]')).toHaveText("");
  await nextButton(page).click();
  await expectStep(page, "category");
  await nextButton(page).click();
  await expectStep(page, "category");
  await expect(page.locator('[id="category-error"]')).toHaveText("Required");
});

test("a reload in the middle of the wizard resumes where the applicant was", async ({ page }) => {
  await openWizard(page);
  await fillCompany(page);
  await nextButton(page).click();
  await chooseCategory(page, "enterprise", "trial");
  await nextButton(page).click();
  await addEngineer(page, communityRoster[0]);
  await page.reload();
  await expect(wizard(page)).toHaveAttribute("data-live", "true");
  await expectStep(page, "engineers");
  await expect(page.locator('[id="engineers[0].certificate_id"]')).toHaveValue("BK-A-001");
  await expect(panelVerdict(page, "enterprise_trial")).toHaveClass(/requested/);
  await page.getByRole("button", { name: "Back" }).click();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.locator('[id="company.legal_name"]')).toHaveValue(company.legal_name);

  // Start over empties everything, after a confirmation.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(page.locator('[id="company.legal_name"]')).toHaveValue("");
  await page.reload();
  await expect(wizard(page)).toHaveAttribute("data-live", "true");
  await expect(page.locator('[id="company.legal_name"]')).toHaveValue("");
});

async function fillShortTrialApplication(page: import("@playwright/test").Page) {
  await openWizard(page);
  await fillCompany(page, { ...company, legal_name: `Double Click ${Date.now()} Ltd` });
  await nextButton(page).click();
  await chooseCategory(page, "enterprise", "trial");
  await nextButton(page).click();
  await addEngineer(page, communityRoster[0]);
  await nextButton(page).click();
  await tickShownDeclarations(page);
  await nextButton(page).click();
  await expectStep(page, "review");
}

test("an applicant short of the partnership is warned, confirms, and a double click makes one application", async ({
  page,
}) => {
  await fillShortTrialApplication(page);
  await expect(page.locator(".wizard .warning").first()).toContainText("does not yet qualify");
  await expect(submitButton(page)).toBeDisabled();
  await page.locator("#confirm-ineligible").check();

  const submissions: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/fn/submit_application")) submissions.push(request.url());
  });
  await submitButton(page).dblclick();
  await expect(page).toHaveURL(/\/status\//);
  await expect(page.locator(".status-facts")).toContainText("Does not meet all requirements yet");
  expect(submissions.length, "submit requests sent").toBe(1);
});

test("a repeated submit with the same key returns the first application", async ({ page, request }) => {
  await fillShortTrialApplication(page);
  await page.locator("#confirm-ineligible").check();
  const draft = await page.evaluate(() => localStorage.getItem("partner-portal.application-draft.v1"));
  const key = JSON.parse(draft!).request.submission_key as string;
  await submitButton(page).click();
  await expect(page).toHaveURL(/\/status\//);
  const reference = new URL(page.url()).pathname.split("/").pop();
  // The same key again, as a retry after a lost answer would send it: the same application.
  const again = await request.post("/fn/submit_application", {
    data: { request: { ...JSON.parse(draft!).request, submission_key: key } },
  });
  expect(again.status()).toBe(200);
  expect((await again.json()).reference).toBe(reference);
});

/** Presses Tab until the element matching `selector` has the focus, as a keyboard user would. */
