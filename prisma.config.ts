import path from "node:path";
import { createRequire } from "node:module";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { pgFieldsFromUrl } from "./lib/db/pg-config";

// prisma/orm#27403: adapter-pg cannot map the catalog's `name` (oid 19) and `"char"`
// (oid 18) columns that the wasm schema engine reads. Report them as text (25).
const require = createRequire(import.meta.url);
const Result = require("pg/lib/result.js");
const addFields = Result.prototype.addFields;
Result.prototype.addFields = function (fields: Array<{ dataTypeID: number }>) {
  for (const f of fields) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25;
  return addFields.call(this, fields);
};

// adapter-pg 6.19 runs a migration script by splitting it on ";", which cuts plpgsql function
// bodies apart (our integrity migration has triggers). Send each script whole instead: the
// simple query protocol runs multi-statement text as one implicit transaction.
type ScriptAdapter = {
  executeScript(script: string): Promise<void>;
  client: { query(sql: string): Promise<unknown> };
  onError(e: unknown): never;
};
function patchScripts<T extends object>(adapter: T): T {
  const a = adapter as unknown as ScriptAdapter;
  a.executeScript = async function (script: string) {
    try {
      await a.client.query(script);
    } catch (e) {
      a.onError(e);
    }
  };
  return adapter;
}
function withWholeScripts(factory: PrismaPg): PrismaPg {
  const f = factory as unknown as { connect(): Promise<object>; connectToShadowDb(): Promise<object> };
  const connect = f.connect.bind(factory);
  const shadow = f.connectToShadowDb.bind(factory);
  f.connect = async () => patchScripts(await connect());
  f.connectToShadowDb = async () => patchScripts(await shadow());
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (scripts/db.ts sets it for the embedded database)");
    // allowExitOnIdle/idleTimeoutMillis: without them each CLI command hangs ~10 s on exit.
    return withWholeScripts(new PrismaPg({ ...pgFieldsFromUrl(url), allowExitOnIdle: true, idleTimeoutMillis: 100 }));
  },
});
