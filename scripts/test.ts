// `npm test`: the whole suite on a throw-away embedded PostgreSQL.
//   1. start PostgreSQL, migrate the template database atlas_template; `prisma generate`
//   2. vitest (unit + integration projects; integration clones atlas_template per file)
//   3. e2e: clone atlas_e2e, seed it with test fixtures, `next build`, Playwright vs `next start`
//   4. stop PostgreSQL; print `N passed, N failed[, N skipped]` as the last line
// ATLAS_SKIP_E2E=1 skips step 3; ATLAS_E2E_ONLY=1 skips step 2. Extra arguments go to
// Playwright (e.g. `npm test -- --grep login`).
import os from "node:os";
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { dataDirFor, startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { DUMMY_DATABASE_URL, prisma } from "./lib/run";
import { createTemplateDatabase } from "../tests/support/template";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
// ATLAS_TEST_INSTANCE=<n> isolates a run (data directory, port, build dir, reports) so
// several suites can run side by side on one machine.
const INSTANCE = (process.env.ATLAS_TEST_INSTANCE ?? "").replace(/[^0-9]/g, "");
const reportsDir = path.join(root, "test-results", ...(INSTANCE ? [`instance-${INSTANCE}`] : []));
const VITEST_JSON = path.join(reportsDir, "vitest.json");
const PLAYWRIGHT_JSON = path.join(reportsDir, "playwright.json");
const E2E_PORT = 3100 + Number(INSTANCE || 0);

const skipE2E = process.env.ATLAS_SKIP_E2E === "1";
const e2eOnly = process.env.ATLAS_E2E_ONLY === "1";
const playwrightArgs = process.argv.slice(2);

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const problems: string[] = [];
const timings: Array<[string, number]> = [];

function fail(what: string) {
  total.failed += 1;
  problems.push(what);
}

async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  try {
    return await fn();
  } finally {
    timings.push([label, Date.now() - started]);
  }
}

/** Runs a command with inherited output; resolves with its exit code (never rejects). */
function exec(cmd: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", (e) => {
      console.error(`${cmd}: ${e.message}`);
      resolve(127);
    });
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

type VitestReport = {
  success: boolean;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: Array<{ name: string; status: string; message?: string; assertionResults: unknown[] }>;
};

async function runVitest(adminUrl: string): Promise<void> {
  const code = await exec(
    bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_JSON}`],
    {
      TEST_PG_ADMIN_URL: adminUrl,
    },
  );
  const report = readJson<VitestReport>(VITEST_JSON);
  if (!report) return fail(`vitest exited ${code} without a JSON report`);
  total.passed += report.numPassedTests;
  total.failed += report.numFailedTests;
  total.skipped += report.numPendingTests + report.numTodoTests;
  if (report.numFailedTests > 0) problems.push(`vitest: ${report.numFailedTests} failed`);
  // A file that fails to load has no test results of its own: count it, or it would vanish.
  for (const file of report.testResults) {
    if (file.status === "failed" && file.assertionResults.length === 0)
      fail(`vitest: ${path.relative(root, file.name)} failed to run`);
  }
  if (code !== 0 && report.numFailedTests === 0 && !problems.some((p) => p.startsWith("vitest"))) {
    fail(`vitest exited ${code} (unhandled error?)`);
  }
}

function findSpecs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(spec|test)\.[cm]?[jt]sx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

type PlaywrightReport = {
  stats?: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: Array<{ message?: string }>;
};

async function runE2E(pg: EmbeddedDb): Promise<void> {
  const specs = findSpecs(path.join(root, "e2e"));
  if (specs.length === 0) {
    console.log("\n▶ e2e: no specs in e2e/ yet, skipping Playwright.");
    return;
  }
  if (!existsSync(path.join(root, "prisma", "seed.ts")))
    return fail("e2e: prisma/seed.ts is missing, cannot seed atlas_e2e");

  await pg.query(`DROP DATABASE IF EXISTS atlas_e2e WITH (FORCE)`);
  await pg.query(`CREATE DATABASE atlas_e2e TEMPLATE atlas_template`);
  const env = {
    DATABASE_URL: pg.urlFor("atlas_e2e"),
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: `http://127.0.0.1:${E2E_PORT}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    RATE_LIMIT_MULTIPLIER: "20",
    PII_KEYS: `k1:${randomBytes(32).toString("base64")}`,
    PII_HMAC_KEY: randomBytes(32).toString("base64"),
    ATLAS_DEV_OUTBOX: "1",
    FILE_STORAGE_DIR: path.join(os.tmpdir(), `atlas-e2e-files-${process.pid}`),
    PLAYWRIGHT_JSON_OUTPUT_FILE: PLAYWRIGHT_JSON,
    E2E_PORT: String(E2E_PORT),
    PLAYWRIGHT_OUTPUT_DIR: path.join(reportsDir, "playwright"),
    ...(INSTANCE ? { NEXT_DIST_DIR: `.next-test-${INSTANCE}` } : {}),
  };

  const seeded = await step("e2e: seed atlas_e2e (--test-fixtures)", () =>
    exec(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts", "--test-fixtures"], env),
  );
  if (seeded !== 0) return fail(`e2e: seed exited ${seeded}`);

  const built = await step("e2e: next build", () => exec(bin("next"), ["build"], env));
  if (built !== 0) return fail(`e2e: next build exited ${built}`);

  const code = await step(`e2e: playwright test ${playwrightArgs.join(" ")}`.trim(), () =>
    exec(bin("playwright"), ["test", ...playwrightArgs], env),
  );
  const report = readJson<PlaywrightReport>(PLAYWRIGHT_JSON);
  const stats = report?.stats;
  if (!stats) return fail(`playwright exited ${code} without a JSON report`);
  total.passed += stats.expected + stats.flaky;
  total.failed += stats.unexpected;
  total.skipped += stats.skipped;
  if (stats.unexpected > 0) problems.push(`playwright: ${stats.unexpected} failed`);
  if (stats.flaky > 0) problems.push(`playwright: ${stats.flaky} flaky (passed on retry)`);
  // Global errors (webServer did not start, a spec failed to compile) fail no single test.
  if (code !== 0 && stats.unexpected === 0) {
    fail(
      `playwright exited ${code}: ${report?.errors?.map((e) => e.message?.split("\n")[0]).join("; ") || "see output above"}`,
    );
  }
}

async function main(): Promise<void> {
  mkdirSync(reportsDir, { recursive: true });
  rmSync(VITEST_JSON, { force: true });
  rmSync(PLAYWRIGHT_JSON, { force: true });

  let pg: EmbeddedDb | undefined;
  const stop = async () => {
    const server = pg;
    pg = undefined;
    if (!server) return;
    await server.stop().catch((e) => console.error(`could not stop PostgreSQL: ${(e as Error).message}`));
    rmSync(dataDirFor("test"), { recursive: true, force: true });
  };
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      void stop().finally(() => process.exit(130));
    });
  }

  try {
    pg = await step("start PostgreSQL", () =>
      startEmbeddedDb({ name: INSTANCE ? `test-${INSTANCE}` : "test", fresh: true, disposable: true }),
    );
    const adminUrl = pg.urlFor("postgres");
    await step("migrate atlas_template + prisma generate", () =>
      Promise.all([
        createTemplateDatabase(adminUrl),
        prisma(["generate"], process.env.DATABASE_URL ?? DUMMY_DATABASE_URL, { quiet: true }),
      ]),
    );

    if (e2eOnly) console.log("\n▶ vitest: skipped (ATLAS_E2E_ONLY=1)");
    else await step("vitest (unit + integration)", () => runVitest(adminUrl));

    if (skipE2E) console.log("\n▶ e2e: skipped (ATLAS_SKIP_E2E=1)");
    else await runE2E(pg);
  } catch (e) {
    console.error(e);
    fail(`harness: ${(e as Error).message.split("\n")[0]}`);
  } finally {
    await step("stop PostgreSQL", stop);
  }

  console.log("\nTimings:");
  for (const [label, ms] of timings) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${label}`);
  if (problems.length) {
    console.log("\nProblems:");
    for (const p of problems) console.log(`  - ${p}`);
  }
  console.log("");
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
  process.exit(total.failed > 0 ? 1 : 0);
}

await main();
