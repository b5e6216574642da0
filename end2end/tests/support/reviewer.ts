import { type APIRequestContext, type Page, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

import { currentStep, totp } from "./totp";

const root = resolve(__dirname, "..", "..", "..");
export const REVIEWER_PASSWORD = "a long enough passphrase";

/** Adds a staff account with the server binary's own command, as an operator would. */
export function addReviewer(email: string, role: "reviewer" | "admin" = "reviewer") {
  execFileSync(resolve(root, "target/release/partner-portal"), ["reviewer", "add", "--email", email, "--role", role], {
    cwd: root,
    input: `${REVIEWER_PASSWORD}\n`,
    env: { ...process.env, PORTAL_DATA_DIR: process.env.E2E_DATA_DIR, RUST_LOG: "warn" },
  });
}

/** Signs `request` in through the login form; its cookie jar keeps the session. */
export async function signIn(request: APIRequestContext, email: string) {
  const response = await request.post("/login", {
    form: { email, password: REVIEWER_PASSWORD, next: "/review" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers()["location"]).toBe("/review");
}

export async function requestInformation(request: APIRequestContext, reference: string, message: string) {
  const queue = await (await request.get("/api/v1/review/applications")).json();
  const row = queue.find((r: { reference: string }) => r.reference === reference);
  const response = await request.post(`/api/v1/review/applications/${reference}/decisions`, {
    data: { version: row.version, decision: "request_info", message },
  });
  expect(response.status()).toBe(200);
}

/** Signs `page` in through the login form; it lands on the console's overview. An admin
 *  sets up two-factor sign-in on the way, as at a first sign-in; the key it read is returned. */
export async function signInThroughTheForm(page: Page, email: string): Promise<string | undefined> {
  await page.goto("/login?next=%2Freview");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(REVIEWER_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/review$|\/login\/enrol$/);
  if (!page.url().endsWith("/login/enrol")) return undefined;
  const key = (await page.locator("[data-secret]").getAttribute("data-secret")) ?? "";
  await page.getByLabel("Code").fill(totp(key, currentStep()));
  await page.getByRole("button", { name: /Enter the code it shows/ }).click();
  await expect(page).toHaveURL(/\/login\/recovery-codes$/);
  await page.getByRole("button", { name: /I have kept them/ }).click();
  await expect(page).toHaveURL(/\/review$/);
  return key;
}

/** The console is hydrated and its live stream connected. */
export async function consoleLive(page: Page) {
  await expect(page.locator(".live-state")).toHaveAttribute("data-live", "connected");
}

export interface Roster {
  service: number;
  development: number;
}

/** An application body: `category` with a roster of `roster` certified engineers named by `key`. */
export function applicationBody(
  key: string,
  category = "community",
  roster: Roster = { service: 2, development: 1 },
  level?: string,
) {
  const engineers = [
    ...Array.from({ length: roster.service }, (_, i) => ({
      name: `Service Engineer ${i + 1}`,
      certificate_id: `${key}-S${i + 1}`,
      track: "automation",
      certification: "service",
    })),
    ...Array.from({ length: roster.development }, (_, i) => ({
      name: `Development Engineer ${i + 1}`,
      certificate_id: `${key}-D${i + 1}`,
      track: "development",
    })),
  ];
  const declarations: Record<string, boolean> = {
    concept_and_assessment: true,
    no_competitors: true,
    quarterly_checks: true,
    termination_terms: true,
  };
  if (category === "enterprise") declarations.service_fee = true;
  return {
    category,
    ...(level ? { enterprise_level: level } : {}),
    engineers,
    declarations,
    company: {
      legal_name: `${key} Systems Ltd`,
      registration_number: `REG${key}`,
      country: "Singapore",
      website: "systems.example.sg",
      contact_name: "Tan Mei",
      email: "tan.mei@example.sg",
      phone: "+65 6123 4567",
    },
    submission_key: `console-${key}-${Date.now()}`,
  };
}

/** Submits an application as an applicant would; its reference and status link. */
export async function submit(request: APIRequestContext, body: object) {
  const created = await request.post("/api/v1/applications", { data: body });
  expect(created.status()).toBe(201);
  const { reference, status_url } = await created.json();
  return { reference: reference as string, statusUrl: status_url as string };
}
