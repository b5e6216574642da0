import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../../..");

/** A free loopback port, as the OS hands it out. */
async function freePort(): Promise<number> {
  return new Promise((found, failed) => {
    const probe = createServer();
    probe.once("error", failed);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => found(port));
    });
  });
}

/**
 * A server of the test's own (the release binary on its own port and database), which the
 * test may stop and start again: the shared server of the other tests must stay up.
 */
export class OwnServer {
  private process?: ChildProcess;

  private constructor(
    readonly port: number,
    private readonly dataDir: string,
  ) {}

  static async start(): Promise<OwnServer> {
    const server = new OwnServer(await freePort(), mkdtempSync(join(tmpdir(), "partner-portal-own-")));
    await server.resume();
    return server;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** Starts the binary (again) and waits until it answers. */
  async resume(): Promise<void> {
    this.process = spawn(join(root, "target/release/partner-portal"), [], {
      cwd: root,
      stdio: "ignore",
      env: {
        ...process.env,
        LEPTOS_SITE_ADDR: `127.0.0.1:${this.port}`,
        PORTAL_DATA_DIR: this.dataDir,
        RATE_LIMIT: "off",
        RUST_LOG: "warn",
      },
    });
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(this.url("/api/v1/policy"))).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((wait) => setTimeout(wait, 100));
    }
    throw new Error("the test's own server did not start within 20 s");
  }

  /** Stops it (SIGTERM) and waits until it has exited. */
  async stop(): Promise<void> {
    const running = this.process;
    this.process = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((exited) => {
      running.once("exit", () => exited());
      running.kill("SIGTERM");
    });
  }
}
