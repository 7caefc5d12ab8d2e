import "server-only";
import type { Tx } from "@/lib/db/client";

/** Document kinds numbered through NumberSequence (key "<scope>:<period>"). */
export type NumberScope = "invoice" | "payout" | "handover" | "remittance";

/**
 * The next number of `scope` in `period` (e.g. a year "2026"). The upsert locks the
 * sequence row until the caller's transaction ends, so concurrent callers take turns and get
 * consecutive numbers; a rolled-back caller rolls its number back too (no gaps in normal use).
 */
export async function nextNumber(tx: Tx, scope: NumberScope, period: string): Promise<number> {
  const key = `${scope}:${period}`;
  const rows = await tx.$queryRaw<Array<{ last: number }>>`
    INSERT INTO "NumberSequence" (key, last) VALUES (${key}, 1)
    ON CONFLICT (key) DO UPDATE SET last = "NumberSequence".last + 1
    RETURNING last`;
  return Number(rows[0].last);
}

/** "INV-2026-00001": prefix, period and the number zero-padded to at least 5 digits. */
export function formatDocNumber(prefix: string, period: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`invalid document number ${n}`);
  return `${prefix}-${period}-${String(n).padStart(5, "0")}`;
}
