import { type Page, type APIRequestContext, expect } from "@playwright/test";

export const TIERS = ["enterprise_trial", "enterprise", "community", "education", "brand"] as const;
export type Tier = (typeof TIERS)[number];

export interface Headcount {
  service: number;
  usage: number;
  development: number;
  lecturers: number;
}

export interface Verdict {
  eligible: boolean;
  shortfalls: { requirement: string; required: number; have: number }[];
}

// find
export const quickCheck = (page: Page) => page.locator("#quick-check");
const field = (page: Page, name: keyof Headcount) => page.locator(`#check-${name}`);
const verdict = (page: Page, tier: Tier) => quickCheck(page).locator(`li.verdict[data-tier="${tier}"]`);

// act
export async function openLanding(page: Page) {
  await page.goto("/");
  await expect(quickCheck(page).locator("form")).toHaveAttribute("data-live", "true");
}

export async function enterHeadcount(page: Page, counts: Headcount) {
  for (const name of ["service", "usage", "development", "lecturers"] as const) {
    await field(page, name).fill(String(counts[name]));
  }
}

// check
export async function verdictShown(page: Page, tier: Tier): Promise<Verdict> {
  const item = verdict(page, tier);
  const eligible = (await item.getAttribute("data-eligible")) === "true";
  const shortfalls = await item.locator("li[data-requirement]").evaluateAll((items) =>
    items.map((li) => ({
      requirement: li.getAttribute("data-requirement") ?? "",
      required: Number(li.getAttribute("data-required")),
      have: Number(li.getAttribute("data-have")),
    })),
  );
  return { eligible, shortfalls };
}

export async function expectEligible(page: Page, tier: Tier, eligible: boolean) {
  await expect(verdict(page, tier)).toHaveAttribute("data-eligible", String(eligible));
}

/** The same roster the quick check builds, as an outside tool would send it to the API. */
export async function verdictFromApi(request: APIRequestContext, counts: Headcount): Promise<Record<Tier, Verdict>> {
  const kinds = [
    ...Array(counts.service).fill({ track: "automation", certification: "service" }),
    ...Array(counts.usage).fill({ track: "automation", certification: "usage" }),
    ...Array(counts.development).fill({ track: "development" }),
  ];
  const engineers = kinds.map((kind, i) => ({ certificate_id: `QUICK-${i}`, lecturer: i < counts.lecturers, ...kind }));
  const declarations = Object.fromEntries(
    [
      "concept_and_assessment",
      "no_competitors",
      "quarterly_checks",
      "termination_terms",
      "service_fee",
      "trial_upgrade",
      "lecturers_certified",
    ].map((d) => [d, true]),
  );
  const response = await request.post("/api/v1/eligibility", {
    data: { engineers, declarations, brand_description: "(assumed)" },
  });
  expect(response.status()).toBe(200);
  const body = await response.json();
  return Object.fromEntries(
    TIERS.map((tier) => [
      tier,
      {
        eligible: body.results[tier].eligible,
        shortfalls: body.results[tier].shortfalls.map((s: Verdict["shortfalls"][number]) => ({
          requirement: s.requirement,
          required: s.required,
          have: s.have,
        })),
      },
    ]),
  ) as Record<Tier, Verdict>;
}
