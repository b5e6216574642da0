import { test, expect } from "./support/console";

test("the landing page presents the four categories and the requirements in English", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("BlueKing Partner Portal");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Become a Tencent BlueKing partner");
  for (const category of [
    "Enterprise Edition Technology Partner",
    "Community Edition Technology Partner",
    "Education Partner",
    "Brand Partner",
  ]) {
    await expect(page.locator(".categories").getByRole("heading", { name: category, exact: true })).toBeVisible();
  }
  const trialRow = page.locator('#requirements tr[data-tier="enterprise_trial"]');
  await expect(trialRow).toContainText("3 (Service Certification)");
  await expect(trialRow).toContainText("Yes");
});

test.describe("for a reader whose browser prefers Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("the landing page is in Simplified Chinese", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("成为腾讯蓝鲸合作伙伴");
    await expect(page.locator('#requirements tr[data-tier="enterprise"]')).toContainText("5 名（服务认证）");
  });
});

test("the language switch changes the language and remembers it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "中文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("成为腾讯蓝鲸合作伙伴");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("成为腾讯蓝鲸合作伙伴");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Become a Tencent BlueKing partner");
});

test("the page is readable at 360 pixels wide without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
