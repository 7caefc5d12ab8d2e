// `npm run dev`: everything a fresh clone needs, then `next dev` in the foreground.
// Without DATABASE_URL it starts the embedded PostgreSQL (persistent "dev" cluster), creates
// the `atlas` database, generates the Prisma client, applies migrations, seeds an empty
// database, and stops PostgreSQL again when Next exits (the server dies with this process).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { freePort, startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { prisma, run } from "./lib/run";
import { pgFieldsFromUrl } from "../lib/db/pg-config";

const DEFAULT_PG_PORT = 54329;
const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

let embedded: EmbeddedDb | undefined;
let next: ChildProcess | undefined;
let stopping = false;

async function stopDb() {
  const db = embedded;
  embedded = undefined;
  if (!db) return;
  // A Ctrl-C reaches postgres too (same process group); stop() must not hang on a dead server.
  await Promise.race([db.stop().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000).unref())]);
}

async function shutdown(code: number): Promise<never> {
  await stopDb();
  process.exit(code);
}

for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    if (next && next.exitCode === null) {
      next.kill(sig); // its exit handler stops PostgreSQL and exits
      return;
    }
    if (stopping) return;
    stopping = true;
    void shutdown(130);
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

/** A secret from the environment, else one generated once and kept in .data/<file> (0600). */
async function persistentSecret(envName: string, file: string, make: () => string): Promise<string> {
  if (process.env[envName]) return process.env[envName]!;
  const dir = path.join(process.cwd(), ".data");
  const full = path.join(dir, file);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  if (existsSync(full)) {
    const saved = (await fs.readFile(full, "utf8")).trim();
    if (saved) return saved;
  }
  const secret = make();
  await fs.writeFile(full, `${secret}\n`, { mode: 0o600 });
  await fs.chmod(full, 0o600);
  return secret;
}

async function databaseUrl(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const wanted = Number(process.env.ATLAS_PG_PORT) || DEFAULT_PG_PORT;
  const port = (await portIsFree(wanted)) ? wanted : await freePort();
  if (port !== wanted) console.log(`[atlas] port ${wanted} is busy: embedded PostgreSQL uses ${port}`);
  embedded = await startEmbeddedDb({ name: "dev", port });
  const exists = await embedded.query(`SELECT 1 FROM pg_database WHERE datname = 'atlas'`);
  if (exists.rowCount === 0) await embedded.query(`CREATE DATABASE atlas`);
  console.log(`[atlas] embedded PostgreSQL on 127.0.0.1:${port}`);
  return embedded.urlFor("atlas");
}

async function userCount(url: string): Promise<number> {
  const client = new pg.Client(pgFieldsFromUrl(url));
  await client.connect();
  try {
    const res = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "User"`);
    return Number(res.rows[0].n);
  } finally {
    await client.end();
  }
}

async function main() {
  const port = Number(process.env.PORT) || 3000;
  const secret = await persistentSecret("NEXTAUTH_SECRET", "nextauth-secret", () =>
    randomBytes(32).toString("base64url"),
  );
  // Customer PII keys (lib/crypto/pii.ts): losing them makes encrypted rows unreadable, so
  // dev keeps them next to the data's owner checkout; production sets them explicitly.
  const piiKeys = await persistentSecret("PII_KEYS", "pii-keys", () => `k1:${randomBytes(32).toString("base64")}`);
  const piiHmac = await persistentSecret("PII_HMAC_KEY", "pii-hmac-key", () => randomBytes(32).toString("base64"));
  const url = await databaseUrl();

  console.log("[atlas] prisma generate");
  await prisma(["generate"], url, { quiet: true });
  console.log("[atlas] prisma migrate deploy");
  await prisma(["migrate", "deploy"], url, { quiet: true });
  if ((await userCount(url)) === 0) {
    console.log("[atlas] empty database: seeding demo data");
    // The demo orders' customer phone and address are encrypted with the dev keys.
    await run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], {
      DATABASE_URL: url,
      PII_KEYS: piiKeys,
      PII_HMAC_KEY: piiHmac,
    });
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: secret,
    PII_KEYS: piiKeys,
    PII_HMAC_KEY: piiHmac,
    // Without SMTP, emails (e.g. verification links) are readable at /en/dev-outbox.
    ATLAS_DEV_OUTBOX: process.env.SMTP_URL ? "0" : (process.env.ATLAS_DEV_OUTBOX ?? "1"),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
    PORT: String(port),
  };
  console.log(
    `\n  Atlas  ${env.NEXTAUTH_URL}\n  Demo logins: see README.md ("Demo logins"), password Demo-Atlas-2026\n`,
  );

  next = spawn(bin("next"), ["dev", "-p", String(port)], { env, stdio: "inherit" });
  next.on("error", (e) => {
    console.error("[atlas] could not start next:", e.message);
    void shutdown(1);
  });
  next.on("exit", (code, signal) => {
    void shutdown(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1));
  });
}

main().catch(async (e) => {
  console.error("[atlas] dev start failed:", (e as Error).message);
  await shutdown(1);
});
