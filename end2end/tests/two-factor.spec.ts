import { expect, test } from "@playwright/test";

import { REVIEWER_PASSWORD, addReviewer, consoleLive } from "./support/reviewer";
import { currentStep, totp } from "./support/totp";

test("an admin sets up an authenticator at the first sign-in, keeps the recovery codes, and signs in with a code", async ({
  page,
}) => {
  const email = `two-factor-${Date.now()}@example.com`;
  addReviewer(email, "admin");
  const signInWithPassword = async () => {
    await page.goto("/login?next=%2Freview");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(REVIEWER_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
  };

  await signInWithPassword();
  await expect(page).toHaveURL(/\/login\/enrol$/);
  await expect(page.locator("h1")).toHaveText("Set up two-factor sign-in");
  // The QR code is drawn by the server and shows as an image.
  const qr = page.locator("img.enrol-qr");
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const key = (await page.locator("[data-secret]").getAttribute("data-secret")) ?? "";
  expect(key).toMatch(/^[A-Z2-7]{32}$/);

  // A wrong code is refused and said so; the right one sets it up.
  await page.getByLabel("Code").fill(totp(key, currentStep() + 10));
  await page.getByRole("button", { name: /Enter the code it shows/ }).click();
  await expect(page.getByRole("alert")).toContainText("not right");
  const enrolledAt = currentStep();
  await page.getByLabel("Code").fill(totp(key, enrolledAt));
  await page.getByRole("button", { name: /Enter the code it shows/ }).click();
  await expect(page).toHaveURL(/\/login\/recovery-codes$/);
  await expect(page.locator(".recovery-codes li")).toHaveCount(10);
  const recoveryCode = (await page.locator(".recovery-codes code").first().textContent()) ?? "";
  expect(recoveryCode).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);
  await page.getByRole("button", { name: /I have kept them/ }).click();
  await expect(page).toHaveURL(/\/review$/);
  await consoleLive(page);

  // Signed out, then in again: the password, then the app's next code.
  expect((await page.request.post("/logout", { maxRedirects: 0 })).status()).toBe(303);
  await signInWithPassword();
  await expect(page).toHaveURL(/\/login\/code$/);
  await expect(page.locator(".login strong")).toHaveText(email);
  await page.getByLabel("Code").fill(totp(key, enrolledAt + 1));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await consoleLive(page);

  // And once with a recovery code instead of the phone.
  expect((await page.request.post("/logout", { maxRedirects: 0 })).status()).toBe(303);
  await signInWithPassword();
  await page.getByLabel("Code").fill(recoveryCode.toLowerCase());
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/review$/);
});
