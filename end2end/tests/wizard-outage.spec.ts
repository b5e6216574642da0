import { test, expect } from "./support/console";
import { OwnServer } from "./support/own-server";
import {
  addEngineer,
  chooseCategory,
  communityRoster,
  fillCompany,
  nextButton,
  submitButton,
  tickShownDeclarations,
  wizard,
} from "./support/wizard";

// Chromium logs each request that finds no server; those are the outage itself.
test.use({ allowedConsoleErrors: [/ERR_CONNECTION_REFUSED/] });

test("a submission sent while the server is down is kept and sent again once it is back", async ({ page }) => {
  test.setTimeout(60_000);
  const server = await OwnServer.start();
  try {
    await page.goto(server.url("/apply"));
    await expect(wizard(page)).toHaveAttribute("data-live", "true");
    await fillCompany(page);
    await nextButton(page).click();
    await chooseCategory(page, "community");
    await nextButton(page).click();
    for (const engineer of communityRoster) await addEngineer(page, engineer);
    await nextButton(page).click();
    await tickShownDeclarations(page);
    await nextButton(page).click();

    await server.stop();
    await submitButton(page).click();

    await expect(page.locator("#submit-retrying")).toBeVisible();
    await expect(page.locator("#submit-retrying")).toContainText("sent again automatically");
    await expect(submitButton(page)).toBeDisabled();
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => localStorage.getItem(k)?.includes("BK-A-001")));
    expect(kept.length, "the draft is still on the device").toBeGreaterThan(0);

    await server.resume();

    await expect(page).toHaveURL(/\/status\/BK-[A-Z0-9]{4}-[A-Z0-9]{4}\?token=/, { timeout: 20_000 });
    await expect(page.locator(".status-facts")).toContainText("Community Edition Technology Partner");
  } finally {
    await server.stop();
  }
});
