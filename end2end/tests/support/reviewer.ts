import { type APIRequestContext, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

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
