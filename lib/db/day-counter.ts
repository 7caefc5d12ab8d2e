import "server-only";
import { Prisma, type Tx } from "@/lib/db/client";

/** Tables with the `(day text primary key, last int)` shape of a per-day code sequence. */
export type DayCounter = "OrderCodeCounter" | "ReturnCodeCounter";

/**
 * The next number of `day` in a per-day counter. The upsert locks the day's row until the
 * caller's transaction ends, so concurrent callers take turns and get consecutive numbers; a
 * rolled-back caller rolls its number back too (no gaps in normal operation).
 */
export async function nextDaySequence(tx: Tx, counter: DayCounter, day: string): Promise<number> {
  const table = Prisma.raw(`"${counter}"`);
  const rows = await tx.$queryRaw<Array<{ last: number }>>`
    INSERT INTO ${table} (day, last) VALUES (${day}, 1)
    ON CONFLICT (day) DO UPDATE SET last = ${table}.last + 1
    RETURNING last`;
  return Number(rows[0].last);
}
