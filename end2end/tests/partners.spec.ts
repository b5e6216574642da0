import { type APIRequestContext, type Page } from "@playwright/test";
import { test, expect } from "./support/console";
import { addReviewer, consoleLive, signInThroughTheForm } from "./support/reviewer";
import { addEngineer, expectEligible, panelVerdict } from "./support/wizard";

/** A Community application (2 Service-certified Automation, 1 Development) approved by `staff`. */
async function approvedCommunityPartner(staff: APIRequestContext, prefix: string) {
  const created = await staff.post("/api/v1/applications", {
    data: {
      category: "community",
      engineers: [
        { name: "Wang Fang", certificate_id: `${prefix}-S1`, track: "automation", certification: "service" },
        { name: "Li Lei", certificate_id: `${prefix}-S2`, track: "automation", certification: "service" },
        { name: "Zhao Min", certificate_id: `${prefix}-D1`, track: "development" },
      ],
      declarations: { concept_and_assessment: true, no_competitors: true, quarterly_checks: true, termination_terms: true },
      company: {
        legal_name: `${prefix} Partner Ltd`,
        registration_number: `REG${prefix}`,
        country: "Singapore",
        website: "partner.example.sg",
        contact_name: "Tan Mei",
        email: "tan.mei@example.sg",
        phone: "+65 6123 4567",
      },
      submission_key: `partners-spec-${prefix}-${Date.now()}`,
    },
  });
  expect(created.status()).toBe(201);
  const { reference, status_url } = await created.json();
  const decided = await staff.post(`/api/v1/review/applications/${reference}/decisions`, {
    data: { version: 1, decision: "approve", category: "community" },
  });
  expect(decided.status()).toBe(200);
  return { reference: reference as string, statusUrl: status_url as string };
}

test("an admin runs a quarterly audit round: draws the sample, records checks, terminates a deceiving partner", async ({
  page,
}) => {
  const email = `auditor-${Date.now()}@example.com`;
  addReviewer(email, "admin");
  await signInThroughTheForm(page, email);
  const prefix = `AUD${Date.now() % 100000}`;
  const honest = await approvedCommunityPartner(page.request, `${prefix}H`);
  const deceiving = await approvedCommunityPartner(page.request, `${prefix}X`);

  await consoleLive(page);
  await page.getByRole("link", { name: "Quarterly audits" }).click();
  await expect(page.locator("h1")).toHaveText("Quarterly audits");
  await page.getByLabel("Size is").selectOption("percent");
  await page.getByLabel("Sample size").fill("100");
  await page.getByRole("button", { name: "Draw the sample" }).click();
  await expect(page).toHaveURL(/\/review\/audits\/\d+$/);
  await expect(page.locator("[data-seed]")).toHaveText(/^[0-9a-f]{64}$/);

  // Every engineer of the honest partner is confirmed.
  const honestSection = page.locator(`section[data-reference="${honest.reference}"]`);
  for (const engineer of await honestSection.getByRole("radiogroup").all()) await engineer.getByLabel("Confirmed").check();
  await honestSection.getByRole("button", { name: "Record the check" }).click();
  await expect(honestSection.locator("[data-finding]")).toHaveAttribute("data-finding", "passed");

  // One certificate of the other was never issued to that engineer.
  const deceivingSection = page.locator(`section[data-reference="${deceiving.reference}"]`);
  const engineer = (id: string) => deceivingSection.getByRole("radiogroup", { name: new RegExp(id) });
  await engineer(`${prefix}X-S1`).getByLabel("Confirmed").check();
  await engineer(`${prefix}X-D1`).getByLabel("Confirmed").check();
  await engineer(`${prefix}X-S2`).getByLabel("False certificate").check();
  await deceivingSection.getByRole("button", { name: "Record the check" }).click();
  await expect(deceivingSection.locator("[data-finding]")).toHaveAttribute("data-finding", "deception");
  await expect(deceivingSection).toContainText(`${prefix}X-S2`);

  // The register flags it; its page terminates it with a reason.
  await page.getByRole("link", { name: "Partners", exact: true }).click();
  await page.getByLabel("Flags").selectOption("audit");
  await expect(page).toHaveURL(/\/review\/partners\?flag=audit$/);
  await expect(page.locator(`tr[data-reference="${deceiving.reference}"]`)).toBeVisible();
  await expect(page.locator(`tr[data-reference="${honest.reference}"]`)).toHaveCount(0);
  await page.locator(`tr[data-reference="${deceiving.reference}"]`).getByRole("link").click();
  await expect(page.locator('[data-flag="audit_deception"]')).toBeVisible();
  // The breach proposes termination with the finding as the reason: one step to confirm.
  await expect(page.locator("[data-termination-proposed]")).toBeVisible();
  await expect(page.getByLabel("Reason for termination")).toHaveValue(new RegExp(`False certificate: ${prefix}X-S2`));
  await page.getByRole("button", { name: "Confirm the termination" }).click();
  await expect(page.locator(".record-meta [data-standing]")).toHaveAttribute("data-standing", "terminated");
  await expect(page.locator('.timeline li[data-kind="terminated"]')).toContainText(`False certificate: ${prefix}X-S2`);
});

test("a partner updates its roster with live eligibility and no request, and a reviewer confirms it", async ({
  page: partner,
  browser,
}) => {
  const email = `roster-${Date.now()}@example.com`;
  addReviewer(email);
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signInThroughTheForm(reviewer, email);
  const prefix = `ROS${Date.now() % 100000}`;
  const { reference, statusUrl } = await approvedCommunityPartner(reviewer.request, prefix);

  await partner.goto(statusUrl);
  await partner.getByRole("link", { name: "Update your certified engineers" }).click();
  await expect(partner.locator(".wizard")).toHaveAttribute("data-live", "true");
  await expectEligible(partner, "community", true);
  await partner.waitForLoadState("networkidle");
  const requests: string[] = [];
  partner.on("request", (request) => requests.push(request.url()));

  // Zhao Min, the Development Engineer, left: Community is no longer met; a new one fixes it.
  await partner.getByRole("button", { name: "Remove Name 3" }).click();
  await expectEligible(partner, "community", false);
  await expect(panelVerdict(partner, "community")).toContainText("Development");
  await addEngineer(partner, { name: "Sun Li", certificate: `${prefix}-D2`, track: "development" });
  await expectEligible(partner, "community", true);
  expect(requests, "no request while editing").toEqual([]);

  await partner.getByLabel(/A note for the reviewers/).fill("Zhao Min left; Sun Li certified in October.");
  await partner.getByRole("button", { name: "Send the roster for review" }).click();
  await expect(partner).toHaveURL(/roster=sent/);
  await expect(partner.locator(".partnership")).toContainText("A roster update is waiting for review.");

  await reviewer.goto(`/review/partners?q=${reference}`);
  await consoleLive(reviewer);
  await reviewer.locator(`tr[data-reference="${reference}"]`).getByRole("link").click();
  // Terminating is for admins: a reviewer is not offered it.
  await expect(reviewer.locator('[data-action="renew"]')).toBeVisible();
  await expect(reviewer.locator('[data-action="terminate"]')).toHaveCount(0);
  const pending = reviewer.locator(".pending-roster");
  await expect(pending.locator("[data-added]")).toHaveText(`${prefix}-D2`);
  await expect(pending.locator("[data-removed]")).toHaveText(`${prefix}-D1`);
  await pending.getByRole("button", { name: "Confirm the new roster" }).click();
  await expect(reviewer.locator(".pending-roster")).toHaveCount(0);
  await expect(reviewer.locator("table.roster").first()).toContainText(`${prefix}-D2`);
  await expect(reviewer.locator('.timeline li[data-kind="roster_updated"]')).toContainText(`Removed: ${prefix}-D1`);
  await reviewerContext.close();
});
