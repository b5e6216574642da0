import { test, expect } from "./support/console";

const application = (key: string) => ({
  category: "enterprise",
  enterprise_level: "trial",
  engineers: [{ name: "Wang Fang", certificate_id: "BK-E2E-1", track: "automation", certification: "service" }],
  declarations: { concept_and_assessment: true, no_competitors: true, quarterly_checks: true, termination_terms: true },
  company: {
    legal_name: "E2E Cloud Ltd",
    registration_number: "201912345K",
    country: "Singapore",
    website: "e2e.example.sg",
    contact_name: "Tan Mei",
    email: "tan.mei@example.sg",
    phone: "+65 6123 4567",
  },
  submission_key: key,
});

test("the private status link shows the submitted application", async ({ page, request }) => {
  const response = await request.post("/api/v1/applications", { data: application(`e2e-status-${Date.now()}-0001`) });
  expect(response.status()).toBe(201);
  const { reference, status_url } = await response.json();
  await page.goto(status_url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Application ${reference}`);
  await expect(page.locator("dd[data-state]")).toHaveAttribute("data-state", "submitted");
  await expect(page.locator(".status-facts")).toContainText("Enterprise Edition Technology Partner (Trial)");
  await expect(page.locator(".status-facts")).toContainText("Does not meet all requirements yet");
  await expect(page.locator(".history li")).toHaveCount(1);

  await page.getByRole("link", { name: "中文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`申请 ${reference}`);
  await expect(page.locator(".status-facts")).toContainText("已提交：等待审核");
});

test.describe("with a wrong token", () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test("a status link shows nothing of the application", async ({ page, request }) => {
    const response = await request.post("/api/v1/applications", { data: application(`e2e-status-${Date.now()}-0002`) });
    const { reference } = await response.json();
    const visit = await page.goto(`/status/${reference}?token=${"0".repeat(64)}`);
    expect(visit?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Application not found");
    await expect(page.locator("body")).not.toContainText("E2E Cloud");
  });
});
