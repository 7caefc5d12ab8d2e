import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";

/**
 * Counter tables of the `(<key column> text primary key, last int)` shape: per-day code
 * sequences (orders, returns) and numbered documents (NumberSequence, key "<scope>:<period>").
 */
const COUNTERS = { OrderCodeCounter: "day", ReturnCodeCounter: "day", NumberSequence: "key" } as const;
export type Counter = keyof typeof COUNTERS;
export type DayCounter = "OrderCodeCounter" | "ReturnCodeCounter";

/**
 * The next number of `key` in a counter table. The upsert locks the row until the caller's
 * transaction ends, so concurrent callers take turns and get consecutive numbers; a
 * rolled-back caller rolls its number back too (no gaps in normal operation).
 */
export async function nextSequence(tx: Tx, counter: Counter, key: string): Promise<number> {
  const table = Prisma.raw(`"${counter}"`);
  const column = Prisma.raw(`"${COUNTERS[counter]}"`);
  const rows = await tx.$queryRaw<Array<{ last: number }>>`
    INSERT INTO ${table} (${column}, last) VALUES (${key}, 1)
    ON CONFLICT (${column}) DO UPDATE SET last = ${table}.last + 1
    RETURNING last`;
  return Number(rows[0].last);
}

/** The next number of a UAE day ("YYMMDD") in a per-day code counter. */
export function nextDaySequence(tx: Tx, counter: DayCounter, day: string): Promise<number> {
  return nextSequence(tx, counter, day);
}
