import { expect, test } from "@playwright/test";

import {
  addEngineer,
  chooseCategory,
  communityRoster,
  expectStep,
  fillCompany,
  nextButton,
  openWizard,
  panelVerdict,
} from "./support/wizard";

test("the panel leads with the partnership asked for and names what it lacks", async ({ page }) => {
  await openWizard(page);
  await fillCompany(page);
  await nextButton(page).click();
  await chooseCategory(page, "community");
  const community = panelVerdict(page, "community");
  await expect(community.locator("details")).toHaveAttribute("open", "");
  // Every other partnership is folded to its line.
  for (const other of ["enterprise_trial", "enterprise", "education", "brand"]) {
    await expect(panelVerdict(page, other).locator("details")).not.toHaveAttribute("open", "");
  }
  await expect(community).toContainText("Declaration missing: No competitors");
  // No step up is offered while the partnership asked for is not met.
  await expect(page.locator(".upgrade")).toBeHidden();
  await nextButton(page).click();
  await addEngineer(page, communityRoster[0]);
  await addEngineer(page, { ...communityRoster[1], certificate: communityRoster[0].certificate });
  await expect(page.locator("#panel-duplicates")).toContainText(communityRoster[0].certificate);

  // A passed step opens again from its name.
  await page.locator('button.step-link[data-go="company"]').click();
  await expectStep(page, "company");
});

test("on a phone the roster is one card per engineer with nothing off screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openWizard(page);
  await fillCompany(page);
  await nextButton(page).click();
  await chooseCategory(page, "community");
  await nextButton(page).click();
  for (const engineer of communityRoster) await addEngineer(page, engineer);
  const remove = page.locator("table.roster tbody tr").last().getByRole("button");
  const box = await remove.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390, "Remove is on screen").toBeTruthy();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The verdict of the partnership asked for sits above the form and stays in view.
  const panel = page.locator(".eligibility-panel");
  await page.evaluate(() => window.scrollTo(0, 0));
  const panelTop = (await panel.boundingBox())?.y ?? Infinity;
  const formTop = (await page.locator(".wizard-form").boundingBox())?.y ?? -Infinity;
  expect(panelTop, "the panel above the form").toBeLessThan(formTop);
  // Scrolled down to the roster's last card, as while adding engineers.
  await page.locator("#add-engineer").evaluate((button) => button.scrollIntoView({ block: "center" }));
  const stuck = await panel.boundingBox();
  expect(stuck && stuck.y >= -1 && stuck.y < 8, `the panel at the top of the screen (${stuck?.y})`).toBeTruthy();
  const requested = await panelVerdict(page, "community").boundingBox();
  expect(requested && requested.y >= 0 && requested.y < 844 / 2, "the verdict asked for in view").toBeTruthy();
});

test("the quick check refuses a negative headcount and more lecturers than engineers", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".quick-check-form")).toHaveAttribute("data-live", "true");
  await page.locator("#check-service").fill("-1");
  const service = page.locator("#check-service");
  expect(await service.evaluate((el) => el.matches(":invalid"))).toBe(true);
  await expect(page.locator(".field:has(#check-service) .check-range")).toBeVisible();
  await service.fill("3");
  await expect(page.locator(".field:has(#check-service) .check-range")).toBeHidden();
  await page.locator("#check-lecturers").fill("9");
  await expect(page.locator("#check-impossible")).toContainText("cannot be more lecturers");
});

for (const language of ["en", "zh"]) {
  test(`at 1366 px the roster is a table that fits its column, in ${language}`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "i18n_pref_locale", value: language, url: baseURL ?? "" }]);
    await page.setViewportSize({ width: 1366, height: 900 });
    await openWizard(page);
    await fillCompany(page);
    await page.locator('.wizard-actions button[value="next"]').click();
    await chooseCategory(page, "community");
    await page.locator('.wizard-actions button[value="next"]').click();
    for (const engineer of communityRoster) await addEngineer(page, engineer);
    const fit = await page.evaluate(() => {
      const scroller = document.querySelector(".table-scroll");
      const row = document.querySelector(".roster tbody tr");
      return {
        overflow: scroller ? scroller.scrollWidth - scroller.clientWidth : -1,
        display: row ? getComputedStyle(row).display : "",
      };
    });
    expect(fit.display, "a table row, not a card").toBe("table-row");
    expect(fit.overflow, "nothing scrolls sideways").toBeLessThanOrEqual(0);
  });
}
