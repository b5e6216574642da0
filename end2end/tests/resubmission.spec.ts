import { test, expect } from "./support/console";
import { addReviewer, requestInformation, signIn } from "./support/reviewer";
import {
  addEngineer,
  chooseCategory,
  communityRoster,
  expectEligible,
  expectStep,
  fillCompany,
  nextButton,
  openWizard,
  submitButton,
  tickShownDeclarations,
} from "./support/wizard";

test("the reviewers ask for more; the applicant answers, edits and sends the application again", async ({
  page,
  playwright,
  baseURL,
}) => {
  // The applicant applies for Community with one Service engineer too few.
  await openWizard(page);
  await fillCompany(page);
  await nextButton(page).click();
  await chooseCategory(page, "community");
  await nextButton(page).click();
  await addEngineer(page, communityRoster[0]);
  await addEngineer(page, communityRoster[2]);
  await nextButton(page).click();
  await tickShownDeclarations(page);
  await nextButton(page).click();
  await page.locator("#confirm-ineligible").check();
  await submitButton(page).click();
  await expect(page).toHaveURL(/\/status\//);
  const statusUrl = page.url();
  const reference = new URL(statusUrl).pathname.split("/").pop()!;

  // A reviewer, in their own session, asks for more information.
  const email = `reviewer-${Date.now()}@example.com`;
  addReviewer(email);
  const reviewer = await playwright.request.newContext({ baseURL });
  await signIn(reviewer, email);
  await requestInformation(reviewer, reference, "Only one Service-certified engineer is listed. Do you have a second?");

  // The applicant sees the question and a way to answer.
  await page.goto(statusUrl);
  await expect(page.locator("dd[data-state]")).toHaveAttribute("data-state", "info_requested");
  await expect(page.locator(".info-request")).toContainText("Do you have a second?");
  await page.getByRole("link", { name: "Answer and update your application" }).click();

  // The wizard opens with the application as sent; the applicant adds the engineer.
  await expect(page.locator(".wizard")).toHaveAttribute("data-live", "true");
  await expect(page.locator('[id="company.legal_name"]')).toHaveValue("Lanting Cloud Ltd");
  await nextButton(page).click();
  await nextButton(page).click();
  await expectStep(page, "engineers");
  await addEngineer(page, communityRoster[1]);
  await expectEligible(page, "community", true);
  await nextButton(page).click();
  await nextButton(page).click();
  await expectStep(page, "review");
  await expect(submitButton(page)).toBeDisabled();
  await page.locator("#answer").fill("Yes: Li Lei holds Service certificate BK-A-002.");
  await submitButton(page).click();

  await expect(page).toHaveURL(statusUrl);
  await expect(page.locator("dd[data-state]")).toHaveAttribute("data-state", "resubmitted");
  await expect(page.locator(".status-facts")).toContainText("Meets the requirements");
  await expect(page.locator(".history li").last()).toContainText("BK-A-002");
  await reviewer.dispose();
});
