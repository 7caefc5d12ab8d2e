// Inputs of the fees desk: a new fee schedule (default or one seller's override) typed as AED
// amounts and percentages, and a per-order fee edit with its reason. No server imports: the
// client forms validate with the same schemas.
import { z } from "zod";
import { parseAed } from "@/lib/money/parse-aed";
import { MAX_FEE_FILS, parsePercentBps } from "./fee-calc";
import { ZPage } from "@/lib/pagination";

/** One fee is at most AED 10,000 fixed: more is a typo. */
export const MAX_FIXED_FEE_FILS = 1_000_000;

const aed = (max = MAX_FIXED_FEE_FILS) =>
  z
    .string()
    .trim()
    .min(1, "required")
    .refine((s) => parseAed(s, max) !== null, "fees.amount_invalid");
const pct = z
  .string()
  .trim()
  .min(1, "required")
  .refine((s) => parsePercentBps(s) !== null, "fees.percent_invalid");

export const SCHEDULE_FIELDS = [
  ["service", "serviceAed", "servicePct"],
  ["fulfillment", "fulfillmentAed", "fulfillmentPct"],
  ["delivery", "deliveryAed", "deliveryPct"],
  ["codFee", "codFeeAed", "codFeePct"],
  ["returnFee", "returnFeeAed", "returnFeePct"],
] as const;

/** The form: fixed parts in AED, percentage parts in percent, and an optional future UAE day. */
export const ZScheduleFields = z.object({
  serviceAed: aed(),
  servicePct: pct,
  fulfillmentAed: aed(),
  fulfillmentPct: pct,
  deliveryAed: aed(),
  deliveryPct: pct,
  codFeeAed: aed(),
  codFeePct: pct,
  returnFeeAed: aed(),
  returnFeePct: pct,
  /** "" = effective now; else "YYYY-MM-DD", a UAE day after today (checked on the server). */
  effectiveDate: z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "fees.date_invalid")]).default(""),
});
export type ScheduleFieldsInput = z.input<typeof ZScheduleFields>;

const ref = z.string().trim().min(1).max(64);

/**
 * A new schedule row. `sellerId` null = the default. `basedOnId` is the newest row of that
 * target the person saw (null: none yet), so two people changing the same fees at once cannot
 * silently overwrite each other: the second gets `conflict`.
 */
export const ZCreateScheduleInput = ZScheduleFields.extend({
  sellerId: ref.nullable(),
  basedOnId: ref.nullable(),
});
export type CreateScheduleInput = z.input<typeof ZCreateScheduleInput>;

/** The typed schedule → fils and basis points (the inputs are already validated). */
export function scheduleRatesFrom(f: z.output<typeof ZScheduleFields>) {
  const fils = (s: string) => parseAed(s, MAX_FIXED_FEE_FILS) as number;
  const bps = (s: string) => parsePercentBps(s) as number;
  return {
    serviceFils: fils(f.serviceAed),
    servicePctBps: bps(f.servicePct),
    fulfillmentFils: fils(f.fulfillmentAed),
    fulfillmentPctBps: bps(f.fulfillmentPct),
    deliveryFils: fils(f.deliveryAed),
    deliveryPctBps: bps(f.deliveryPct),
    codFeeFixedFils: fils(f.codFeeAed),
    codFeeBps: bps(f.codFeePct),
    returnFeeFils: fils(f.returnFeeAed),
    returnFeePctBps: bps(f.returnFeePct),
  };
}

/** The per-order edit form: every fee in AED, and why. */
export const ZOrderFeeFields = z.object({
  serviceAed: aed(MAX_FEE_FILS),
  fulfillmentAed: aed(MAX_FEE_FILS),
  deliveryAed: aed(MAX_FEE_FILS),
  codFeeAed: aed(MAX_FEE_FILS),
  returnFeeAed: aed(MAX_FEE_FILS),
  reason: z.string().trim().min(5, "reason_required").max(500, "too_long"),
});
export type OrderFeeFieldsInput = z.input<typeof ZOrderFeeFields>;

export const ZEditOrderFeeInput = ZOrderFeeFields.extend({
  orderFeeId: ref,
  /** The row's updatedAt the person saw (ISO): the edit applies only if it is unchanged. */
  seenUpdatedAt: z.iso.datetime({ offset: true }),
});
export type EditOrderFeeInput = z.input<typeof ZEditOrderFeeInput>;

export const ZCalculateOrderFeeInput = z.object({ orderId: ref });
export type CalculateOrderFeeInput = z.input<typeof ZCalculateOrderFeeInput>;

/** "#260101001", "260101001", " #260101001 " → "#260101001"; anything that is no code → null. */
export function normaliseOrderCode(raw: string): string | null {
  const s = raw.trim().replace(/^#/, "");
  return /^[0-9A-Za-z]{3,40}$/.test(s) ? `#${s}` : null;
}

export const ZFeesPageQuery = z.object({
  dpage: ZPage,
  spage: ZPage,
});
