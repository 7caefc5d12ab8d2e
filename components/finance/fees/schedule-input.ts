import { filsToAedInput } from "@/lib/money/parse-aed";
import { bpsToPercentInput, type FeeRates } from "@/lib/finance/fees/fee-calc";
import type { ScheduleFieldsInput } from "@/lib/finance/fees/fees.schema";

/** A schedule's rates as the text the form fields show ("5.00", "2.5"). */
export function scheduleFormValues(r: FeeRates | null): Omit<ScheduleFieldsInput, "effectiveDate"> {
  const aed = (f: number | undefined) => filsToAedInput(f ?? 0);
  const pct = (b: number | undefined) => bpsToPercentInput(b ?? 0);
  return {
    serviceAed: aed(r?.serviceFils),
    servicePct: pct(r?.servicePctBps),
    fulfillmentAed: aed(r?.fulfillmentFils),
    fulfillmentPct: pct(r?.fulfillmentPctBps),
    deliveryAed: aed(r?.deliveryFils),
    deliveryPct: pct(r?.deliveryPctBps),
    codFeeAed: aed(r?.codFeeFixedFils),
    codFeePct: pct(r?.codFeeBps),
    returnFeeAed: aed(r?.returnFeeFils),
    returnFeePct: pct(r?.returnFeePctBps),
  };
}
