// Integration project's global setup (runs once, in the main vitest process). scripts/test.ts
// starts PostgreSQL and builds atlas_template itself and passes TEST_PG_ADMIN_URL; a bare
// `npx vitest run --project integration` gets its own throw-away server here.
import type { TestProject } from "vitest/node";
import { rmSync } from "node:fs";
import { dataDirFor, startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";
import { createTemplateDatabase } from "./template";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

const dirName = `vitest-${process.pid}`;

export default async function setup(project: TestProject) {
  const given = process.env.TEST_PG_ADMIN_URL;
  let server: EmbeddedDb | undefined;
  let adminUrl: string;
  if (given) {
    adminUrl = given;
  } else {
    // Per process: several `vitest` runs may share the machine (and this checkout).
    server = await startEmbeddedDb({ name: dirName, fresh: true, disposable: true });
    adminUrl = server.urlFor("postgres");
    try {
      await createTemplateDatabase(adminUrl);
    } catch (e) {
      await server.stop();
      throw e;
    }
  }
  project.provide("pgAdminUrl", adminUrl);
  return async () => {
    if (!server) return;
    await server.stop();
    rmSync(dataDirFor(dirName), { recursive: true, force: true });
  };
}
