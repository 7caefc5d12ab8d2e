// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL from the last committed schema (git HEAD) to the working-tree schema.
// (`migrate dev` and `--from-url` do not work with the wasm engine + adapter; see README.)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDb } from "./lib/embedded-db";
import { prisma } from "./lib/run";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <snake_case_name>");
  process.exit(2);
}
const old = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-schema-"));
const files = execFileSync("git", ["ls-tree", "--name-only", "HEAD", "prisma/schema/"], { encoding: "utf8" })
  .split("\n")
  .filter(Boolean);
for (const f of files) fs.writeFileSync(path.join(old, path.basename(f)), execFileSync("git", ["show", `HEAD:${f}`]));

const pg = await startEmbeddedDb({ name: "migration-diff", fresh: true, disposable: true });
try {
  await pg.query("CREATE DATABASE diff");
  const sql = await prisma(
    ["migrate", "diff", "--from-schema-datamodel", old, "--to-schema-datamodel", "prisma/schema", "--script"],
    pg.urlFor("diff"),
    { quiet: true },
  );
  const body = sql
    .split("\n")
    .filter((l) => !/^(Loaded Prisma config|Prisma config detected)/.test(l))
    .join("\n")
    .trim();
  if (!body || body === "-- This is an empty migration.") {
    console.log("No schema change since HEAD: nothing written.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), `${body}\n`);
    console.log(`Wrote ${dir}/migration.sql`);
  }
} finally {
  await pg.stop();
  fs.rmSync(old, { recursive: true, force: true });
}
