import "server-only";
import type { Tx } from "@/lib/db/client";
import { nextSequence } from "@/lib/db/day-counter";

/** Document kinds numbered through NumberSequence (key "<scope>:<period>"). */
export type NumberScope = "invoice" | "payout" | "handover" | "remittance";

/** The next number of `scope` in `period` (e.g. a year "2026"); lib/db/day-counter.ts. */
export function nextNumber(tx: Tx, scope: NumberScope, period: string): Promise<number> {
  return nextSequence(tx, "NumberSequence", `${scope}:${period}`);
}

/** "INV-2026-00001": prefix, period and the number zero-padded to at least 5 digits. */
export function formatDocNumber(prefix: string, period: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`invalid document number ${n}`);
  return `${prefix}-${period}-${String(n).padStart(5, "0")}`;
}
