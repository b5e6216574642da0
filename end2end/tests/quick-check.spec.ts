import { test, expect } from "./support/console";
import {
  TIERS,
  enterHeadcount,
  expectEligible,
  openLanding,
  quickCheck,
  verdictFromApi,
  verdictShown,
  type Headcount,
} from "./support/quick-check";

test("the hydrated quick check recomputes the verdicts as the applicant types", async ({ page }) => {
  await openLanding(page);
  await expectEligible(page, "enterprise_trial", false);
  await enterHeadcount(page, { service: 3, usage: 0, development: 3, lecturers: 0 });
  await expectEligible(page, "enterprise_trial", true);
  await expectEligible(page, "community", true);
  await expectEligible(page, "enterprise", false);
  await expect(quickCheck(page).locator('li.verdict[data-tier="enterprise"]')).toContainText(
    "Service-certified O&M Automation Engineers: 3 of 5",
  );
});

const rosters: Headcount[] = [
  { service: 0, usage: 0, development: 0, lecturers: 0 },
  { service: 2, usage: 1, development: 1, lecturers: 0 },
  { service: 0, usage: 1, development: 1, lecturers: 1 },
  { service: 4, usage: 2, development: 5, lecturers: 2 },
  { service: 5, usage: 0, development: 5, lecturers: 0 },
];

for (const counts of rosters) {
  test(`the browser's WASM and the API agree on ${JSON.stringify(counts)}`, async ({ page, request }) => {
    const expected = await verdictFromApi(request, counts);
    await openLanding(page);
    await enterHeadcount(page, counts);
    for (const tier of TIERS) {
      await expectEligible(page, tier, expected[tier].eligible);
      expect(await verdictShown(page, tier), tier).toEqual(expected[tier]);
    }
  });
}

test("typing in the quick check sends nothing over the network", async ({ page }) => {
  await openLanding(page);
  await page.waitForLoadState("networkidle");
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await enterHeadcount(page, { service: 3, usage: 1, development: 4, lecturers: 1 });
  await expectEligible(page, "enterprise_trial", true);
  expect(requests).toEqual([]);
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("the shortfalls are worded in Chinese", async ({ page }) => {
    await openLanding(page);
    await enterHeadcount(page, { service: 1, usage: 0, development: 1, lecturers: 0 });
    await expect(quickCheck(page).locator('li.verdict[data-tier="community"]')).toContainText(
      "持服务认证的运维自动化工程师：1 / 2",
    );
  });
});

test("reports how long the panel takes to follow an input change", async ({ page }, testInfo) => {
  await openLanding(page);
  // Measured inside the page: from the input event to the verdict's DOM change.
  const timings = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>("#check-service")!;
    const community = document.querySelector('li.verdict[data-tier="community"]')!;
    const samples: number[] = [];
    for (let round = 0; round < 20; round++) {
      const value = round % 2 === 0 ? "2" : "0";
      const changed = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(community, { attributes: true, childList: true, subtree: true, characterData: true });
      });
      const development = document.querySelector<HTMLInputElement>("#check-development")!;
      if (development.value !== "1") {
        development.value = "1";
        development.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((r) => setTimeout(r, 20));
      }
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      samples.push((await changed) - start);
    }
    return samples.sort((a, b) => a - b);
  });
  const median = timings[Math.floor(timings.length / 2)];
  const worst = timings[timings.length - 1];
  testInfo.annotations.push({ type: "input→panel ms", description: `median ${median.toFixed(2)}, max ${worst.toFixed(2)}` });
  console.log(`input→panel update: median ${median.toFixed(2)} ms, max ${worst.toFixed(2)} ms over ${timings.length} changes`);
  expect(timings).toHaveLength(20);
});
