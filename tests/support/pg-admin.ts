// Plain node-postgres helpers for the test harness (no Prisma: the harness must work before and
// regardless of the app's client).
import pg from "pg";
import { pgFieldsFromUrl } from "../../lib/db/pg-config";

export const TEMPLATE_DB = "atlas_template";

/** The URL of another database on the same server as `adminUrl`. */
export function urlForDatabase(adminUrl: string, database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** Runs one statement on a short-lived connection. */
export async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<pg.QueryResult<R>> {
  const client = new pg.Client(pgFieldsFromUrl(url));
  await client.connect();
  try {
    return await client.query<R>(sql, params);
  } finally {
    await client.end();
  }
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
