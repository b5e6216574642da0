import { type Page, expect, test } from "@playwright/test";

import { company, communityRoster } from "./support/wizard";

// A browser where neither JavaScript nor WASM runs: every step is a form post to the server.
test.use({ javaScriptEnabled: false });

const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);
const expectStep = (page: Page, step: string) =>
  expect(page.locator(".wizard")).toHaveAttribute("data-step", step);
const press = (page: Page, name: string) => page.getByRole("button", { name, exact: true }).click();

test("without JavaScript every step posts, comes back with what was typed, and the application is submitted", async ({
  page,
}) => {
  await page.goto("/apply");
  await expectStep(page, "company");

  // The server checks the step as the WASM wizard does, and says what is wrong where.
  await press(page, "Next");
  await expectStep(page, "company");
  await expect(byId(page, "company.legal_name")).toHaveAttribute("aria-invalid", "true");

  for (const [field, value] of Object.entries(company)) await byId(page, `company.${field}`).fill(value);
  await press(page, "Next");
  await expectStep(page, "category");
  await page.locator('input[name="category"][value="community"]').check();
  await press(page, "Back");
  await expectStep(page, "company");
  await expect(byId(page, "company.email")).toHaveValue(company.email);
  await press(page, "Next");
  await expect(page.locator('input[name="category"][value="community"]')).toBeChecked();
  await press(page, "Next");
  await expectStep(page, "engineers");

  // An empty roster is asked about before the applicant goes on.
  await press(page, "Next");
  await expect(page.locator("#still-needed")).toContainText("No certified engineers are listed yet");
  for (const [index, engineer] of communityRoster.entries()) {
    await page.locator("#add-engineer").click();
    await byId(page, `engineers[${index}].name`).fill(engineer.name);
    await byId(page, `engineers[${index}].certificate_id`).fill(engineer.certificate);
    await byId(page, `engineers[${index}].track`).selectOption(engineer.track);
    if (engineer.certification) {
      await byId(page, `engineers[${index}].certification`).selectOption(engineer.certification);
    }
  }
  // A row removed by its button, the others kept as typed.
  await page.locator("#add-engineer").click();
  await page.locator("table.roster tbody tr").last().getByRole("button").click();
  await expect(page.locator("table.roster tbody tr")).toHaveCount(communityRoster.length);
  await expect(byId(page, "engineers[2].name")).toHaveValue(communityRoster[2].name);
  await expect(page.locator('.eligibility-panel li.verdict[data-tier="community"]')).toHaveAttribute(
    "data-eligible",
    "false",
  );
  await press(page, "Next");
  await expectStep(page, "declarations");

  // Declarations not ticked are named; the applicant may go on and come back.
  await press(page, "Next");
  await expect(page.locator("#still-needed")).toContainText("Not ticked yet");
  await press(page, "Go on without them");
  await expectStep(page, "review");
  await page.locator('button.step-link[data-go="declarations"]').click();
  await expectStep(page, "declarations");
  for (const box of await page.locator(".declaration:not([hidden]) input[type=checkbox]").all()) await box.check();
  await press(page, "Next");
  await expectStep(page, "review");
  await expect(page.locator('.eligibility-panel li.verdict[data-tier="community"]')).toHaveAttribute(
    "data-eligible",
    "true",
  );

  await page.locator("#submit-application").click();
  await expect(page).toHaveURL(/\/status\/BK-[0-9A-Z-]+\?token=/);
  await expect(page.locator("main")).toContainText("Community Edition Technology Partner");
  await expect(page.locator("main")).toContainText("Meets the requirements");
});
