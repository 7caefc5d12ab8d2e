// Pure fee arithmetic: a fee schedule and one order's outcome → the five fees in integer fils,
// with how each one was made. Percentages are basis points (250 = 2.5 %) of the order's COD
// amount, rounded half-up to the fil with BigInt arithmetic only (no floats anywhere).

/** The rate columns of a FeeSchedule row. */
export type FeeRates = {
  serviceFils: number;
  servicePctBps: number;
  fulfillmentFils: number;
  fulfillmentPctBps: number;
  deliveryFils: number;
  deliveryPctBps: number;
  codFeeFixedFils: number;
  codFeeBps: number;
  returnFeeFils: number;
  returnFeePctBps: number;
};

export const FEE_KINDS = ["service", "fulfillment", "delivery", "codFee", "returnFee"] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

/** Where each fee's fixed and percentage parts live in a schedule. */
export const FEE_PARTS: Record<FeeKind, { fixed: keyof FeeRates; bps: keyof FeeRates }> = {
  service: { fixed: "serviceFils", bps: "servicePctBps" },
  fulfillment: { fixed: "fulfillmentFils", bps: "fulfillmentPctBps" },
  delivery: { fixed: "deliveryFils", bps: "deliveryPctBps" },
  codFee: { fixed: "codFeeFixedFils", bps: "codFeeBps" },
  returnFee: { fixed: "returnFeeFils", bps: "returnFeePctBps" },
};

/**
 * delivered: the customer paid. returned_after_delivery: paid, then sent back (every fee,
 * COD included, plus the return fee). returned_undelivered: refused / attempts exhausted, never
 * delivered: no cash was collected, so no COD fee, but the return fee.
 */
export const FEE_OUTCOMES = ["delivered", "returned_after_delivery", "returned_undelivered"] as const;
export type FeeOutcome = (typeof FEE_OUTCOMES)[number];

export type FeeExplanation = {
  /** False when the outcome does not carry this fee (no cash collected, not returned). */
  applies: boolean;
  fixedFils: number;
  pctBps: number;
  /** The amount the percentage is taken of (the order's COD amount). */
  baseFils: number;
  /** The percentage part, rounded half-up to the fil. */
  pctFils: number;
  amountFils: number;
  /** Why a fee does not apply. */
  skipped?: "no_cash_collected" | "not_returned";
};

export type FeeBreakdown = {
  serviceFils: number;
  fulfillmentFils: number;
  deliveryFils: number;
  codFeeFils: number;
  returnFeeFils: number;
  totalFils: number;
  explanation: Record<FeeKind, FeeExplanation>;
};

/** OrderFee columns are PostgreSQL integers. */
export const MAX_FEE_FILS = 2_147_483_647;
/** 100 %: no fee takes more than the order. */
export const MAX_BPS = 10_000;

function assertAmount(name: string, v: number, max: number): void {
  if (!Number.isSafeInteger(v) || v < 0 || v > max) throw new RangeError(`invalid ${name}: ${v}`);
}

/** round_half_up(base × bps / 10 000) in whole fils, exact for any Int amount. */
export function percentOfFils(baseFils: number, bps: number): number {
  assertAmount("base", baseFils, MAX_FEE_FILS);
  assertAmount("bps", bps, MAX_BPS);
  return Number((BigInt(baseFils) * BigInt(bps) + 5_000n) / 10_000n);
}

function applies(kind: FeeKind, outcome: FeeOutcome): FeeExplanation["skipped"] | null {
  if (kind === "codFee" && outcome === "returned_undelivered") return "no_cash_collected";
  if (kind === "returnFee" && outcome === "delivered") return "not_returned";
  return null;
}

/**
 * The fees of one order. `codAmountFils` is the order's COD amount (the cash collected for a
 * delivered order); it is the base of every percentage part.
 */
export function calculateFees(rates: FeeRates, order: { codAmountFils: number; outcome: FeeOutcome }): FeeBreakdown {
  assertAmount("COD amount", order.codAmountFils, MAX_FEE_FILS);
  if (!FEE_OUTCOMES.includes(order.outcome)) throw new RangeError(`invalid outcome: ${order.outcome}`);
  const explanation = {} as Record<FeeKind, FeeExplanation>;
  let total = 0n;
  for (const kind of FEE_KINDS) {
    const fixedFils = rates[FEE_PARTS[kind].fixed];
    const pctBps = rates[FEE_PARTS[kind].bps];
    assertAmount(FEE_PARTS[kind].fixed, fixedFils, MAX_FEE_FILS);
    assertAmount(FEE_PARTS[kind].bps, pctBps, MAX_BPS);
    const skipped = applies(kind, order.outcome);
    const pctFils = skipped ? 0 : percentOfFils(order.codAmountFils, pctBps);
    const amountFils = skipped ? 0 : fixedFils + pctFils;
    assertAmount(kind, amountFils, MAX_FEE_FILS);
    total += BigInt(amountFils);
    explanation[kind] = {
      applies: !skipped,
      fixedFils,
      pctBps,
      baseFils: order.codAmountFils,
      pctFils,
      amountFils,
      ...(skipped ? { skipped } : {}),
    };
  }
  if (total > BigInt(MAX_FEE_FILS)) throw new RangeError("fee total too large");
  return {
    serviceFils: explanation.service.amountFils,
    fulfillmentFils: explanation.fulfillment.amountFils,
    deliveryFils: explanation.delivery.amountFils,
    codFeeFils: explanation.codFee.amountFils,
    returnFeeFils: explanation.returnFee.amountFils,
    totalFils: Number(total),
    explanation,
  };
}

/** The sum of five edited amounts, checked against the column's range. */
export function feeTotal(
  fees: Pick<FeeBreakdown, "serviceFils" | "fulfillmentFils" | "deliveryFils" | "codFeeFils" | "returnFeeFils">,
): number {
  let total = 0;
  for (const v of [fees.serviceFils, fees.fulfillmentFils, fees.deliveryFils, fees.codFeeFils, fees.returnFeeFils]) {
    assertAmount("fee", v, MAX_FEE_FILS);
    total += v;
  }
  if (total > MAX_FEE_FILS) throw new RangeError("fee total too large");
  return total;
}

/** Basis points → "2.5" (percent, exact, no trailing zeros) for display and form fields. */
export function bpsToPercentInput(bps: number): string {
  assertAmount("bps", bps, MAX_BPS);
  const whole = Math.trunc(bps / 100);
  const frac = String(bps % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return frac ? `${whole}.${frac}` : String(whole);
}

/** "2.5" / "2.50" / "٢٫٥" → 250 basis points; at most two decimals, 0–100 %. Null otherwise. */
export function parsePercentBps(input: string): number | null {
  const s = String(input)
    .trim()
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .replace(/\u066b/g, ".");
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const bps = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return bps <= MAX_BPS ? bps : null;
}
