// Superuser SQL on the current test file's database, bypassing Prisma (to tamper with rows
// the way an attacker with database access would, or to check raw-SQL refusals).
import { adminQuery } from "./pg-admin";
import type pg from "pg";

export function rawSql<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("rawSql: DATABASE_URL is not set (integration setup did not run?)");
  return adminQuery<R>(url, sql, params);
}
