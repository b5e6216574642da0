import { type Page, expect } from "@playwright/test";

export interface Engineer {
  name: string;
  certificate: string;
  track: "automation" | "development";
  certification?: "service" | "usage";
  lecturer?: boolean;
}

export const company = {
  legal_name: "Lanting Cloud Ltd",
  registration_number: "201912345K",
  country: "Singapore",
  website: "lanting.example.sg",
  contact_name: "Tan Mei",
  email: "tan.mei@example.sg",
  phone: "+65 6123 4567",
};

export const communityRoster: Engineer[] = [
  { name: "Wang Fang", certificate: "BK-A-001", track: "automation", certification: "service" },
  { name: "Li Lei", certificate: "BK-A-002", track: "automation", certification: "service" },
  { name: "Zhao Min", certificate: "BK-D-001", track: "development" },
];

// find
export const wizard = (page: Page) => page.locator(".wizard");
export const panelVerdict = (page: Page, tier: string) =>
  page.locator(`.eligibility-panel li.verdict[data-tier="${tier}"]`);
const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);
export const nextButton = (page: Page) => page.getByRole("button", { name: "Next" });
export const submitButton = (page: Page) => page.locator("#submit-application");

// act
export async function openWizard(page: Page) {
  await page.goto("/apply");
  await expect(wizard(page)).toHaveAttribute("data-live", "true");
}

export async function expectStep(page: Page, step: string) {
  await expect(wizard(page)).toHaveAttribute("data-step", step);
}

export async function fillCompany(page: Page, values = company) {
  for (const [field, value] of Object.entries(values)) {
    await byId(page, `company.${field}`).fill(value);
  }
}

export async function chooseCategory(page: Page, category: string, level?: string) {
  await page.locator(`input[name="category"][value="${category}"]`).check();
  if (level) await page.locator(`input[name="enterprise_level"][value="${level}"]`).check();
}

export async function addEngineer(page: Page, engineer: Engineer) {
  const index = await page.locator("table.roster tbody tr").count();
  await page.locator("#add-engineer").click();
  await byId(page, `engineers[${index}].name`).fill(engineer.name);
  await byId(page, `engineers[${index}].certificate_id`).fill(engineer.certificate);
  await byId(page, `engineers[${index}].track`).selectOption(engineer.track);
  if (engineer.certification) {
    await byId(page, `engineers[${index}].certification`).selectOption(engineer.certification);
  }
  if (engineer.lecturer) await byId(page, `engineers[${index}].lecturer`).check();
}

/** Ticks every declaration the chosen partnership shows. */
export async function tickShownDeclarations(page: Page) {
  const shown = page.locator(".declaration:not([hidden]) input[type=checkbox]");
  for (const box of await shown.all()) await box.check();
  return shown.count();
}

export async function expectEligible(page: Page, tier: string, eligible: boolean) {
  await expect(panelVerdict(page, tier)).toHaveAttribute("data-eligible", String(eligible));
}
