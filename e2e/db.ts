// Direct database access for browser tests, only to stand in for the clock (a callback due
// "two hours from now" is made due now). Uses the DATABASE_URL scripts/test.ts gives Playwright.
import pg from "pg";

export async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Moves a postponed order's callback time into the past, as if the time had come. */
export async function makeCallbackDue(code: string): Promise<void> {
  const rows = await sql(
    `UPDATE "Order" SET "callbackAt" = now() - interval '1 minute' WHERE code = $1 AND state = 'postponed' RETURNING id`,
    [code],
  );
  if (rows.length !== 1) throw new Error(`makeCallbackDue: ${code} is not postponed`);
}
