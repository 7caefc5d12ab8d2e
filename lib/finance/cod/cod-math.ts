// Reconciliation arithmetic for COD cash, in BigInt fils (aggregates). Pure; client-safe.

export type ReconcileStatus = "reconciled" | "disputed";

/** received − expected, and whether the handover balances to the fil. */
export function handoverOutcome(
  expectedFils: bigint,
  receivedFils: bigint,
): { differenceFils: bigint; status: ReconcileStatus } {
  const differenceFils = receivedFils - expectedFils;
  return { differenceFils, status: differenceFils === 0n ? "reconciled" : "disputed" };
}

/**
 * A company remittance is reconciled only when every statement line matched one of the
 * company's open deliveries and the money received equals what Atlas expected; anything else
 * is disputed and stays visible to finance.
 */
export function remittanceOutcome(
  expectedFils: bigint,
  receivedFils: bigint,
  lines: number,
  matchedLines: number,
): { differenceFils: bigint; status: ReconcileStatus } {
  const differenceFils = receivedFils - expectedFils;
  return {
    differenceFils,
    status: lines > 0 && matchedLines === lines && differenceFils === 0n ? "reconciled" : "disputed",
  };
}

/** Sum of Int fils as an exact BigInt. */
export function sumFils(amounts: Iterable<number>): bigint {
  let total = 0n;
  for (const a of amounts) total += BigInt(a);
  return total;
}
