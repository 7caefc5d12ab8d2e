// Creates (or recreates) the migrated template database every test database is cloned from.
import { prisma } from "../../scripts/lib/run";
import { adminQuery, quoteIdent, TEMPLATE_DB, urlForDatabase } from "./pg-admin";

export async function createTemplateDatabase(adminUrl: string, name = TEMPLATE_DB): Promise<string> {
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdent(name)}`);
  const url = urlForDatabase(adminUrl, name);
  await prisma(["migrate", "deploy"], url, { quiet: true });
  return url;
}
