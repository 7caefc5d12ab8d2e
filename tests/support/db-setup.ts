// Integration setupFile: runs in the worker before each test file's imports. Gives the file
// its own database cloned from atlas_template (~40 ms) and points DATABASE_URL at it, so
// lib/db/client.ts (imported afterwards) connects there.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { adminQuery, quoteIdent, TEMPLATE_DB, urlForDatabase } from "./pg-admin";

type Disconnectable = { $disconnect(): Promise<void> };
const g = globalThis as unknown as { atlasDb?: Disconnectable };

// The client is cached on globalThis; a worker that ran another file may still hold one
// connected to that file's database.
if (g.atlasDb) {
  await g.atlasDb.$disconnect().catch(() => undefined);
  delete g.atlasDb;
}

const adminUrl = inject("pgAdminUrl");
const name = `t_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(TEMPLATE_DB)}`);
process.env.DATABASE_URL = urlForDatabase(adminUrl, name);
// Per-file keys for customer PII (lib/crypto/pii.ts) and a private file store.
process.env.PII_KEYS ??= `k1:${randomBytes(32).toString("base64")}`;
process.env.PII_HMAC_KEY ??= randomBytes(32).toString("base64");
process.env.FILE_STORAGE_DIR ??= `/tmp/atlas-vitest-files/${name}`;
process.env.TEST_DATABASE_NAME = name;

afterAll(async () => {
  if (g.atlasDb) {
    await g.atlasDb.$disconnect().catch(() => undefined);
    delete g.atlasDb;
  }
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`).catch(() => undefined);
});
