import base from "./playwright.config";

// `scripts/screenshots`: the browser tests' server and browser, with the screenshot pass as
// the only "test".
export default { ...base, testDir: "./screenshots", timeout: 600_000, workers: 1, fullyParallel: false };
