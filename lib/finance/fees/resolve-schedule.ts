import "server-only";
import type { Db } from "@/lib/db/client";
import type { FeeRates } from "./fee-calc";

export const SCHEDULE_SELECT = {
  id: true,
  sellerId: true,
  currency: true,
  effectiveFrom: true,
  createdAt: true,
  serviceFils: true,
  servicePctBps: true,
  fulfillmentFils: true,
  fulfillmentPctBps: true,
  deliveryFils: true,
  deliveryPctBps: true,
  codFeeFixedFils: true,
  codFeeBps: true,
  returnFeeFils: true,
  returnFeePctBps: true,
} as const;

export type ScheduleRow = FeeRates & {
  id: string;
  sellerId: string | null;
  currency: string;
  effectiveFrom: Date;
  createdAt: Date;
};

/**
 * The schedule that applies to `sellerId` at `at`: the seller's own row with the latest
 * effectiveFrom <= at, else the default's (sellerId null). Rows are never edited, so a later
 * row supersedes; two rows with the same effectiveFrom resolve to the one created last.
 * Null only if no default is in force yet (the seed writes one from 2026-01-01). A null
 * `sellerId` asks for the default alone.
 */
export async function resolveSchedule(tx: Db, sellerId: string | null, at: Date): Promise<ScheduleRow | null> {
  const orderBy = [{ effectiveFrom: "desc" as const }, { createdAt: "desc" as const }, { id: "desc" as const }];
  if (sellerId) {
    const own = await tx.feeSchedule.findFirst({
      where: { sellerId, effectiveFrom: { lte: at } },
      orderBy,
      select: SCHEDULE_SELECT,
    });
    if (own) return own;
  }
  return tx.feeSchedule.findFirst({
    where: { sellerId: null, effectiveFrom: { lte: at } },
    orderBy,
    select: SCHEDULE_SELECT,
  });
}

/** The rate columns of a schedule row, for audit rows and explanations. */
export function ratesOf(s: ScheduleRow): FeeRates {
  return {
    serviceFils: s.serviceFils,
    servicePctBps: s.servicePctBps,
    fulfillmentFils: s.fulfillmentFils,
    fulfillmentPctBps: s.fulfillmentPctBps,
    deliveryFils: s.deliveryFils,
    deliveryPctBps: s.deliveryPctBps,
    codFeeFixedFils: s.codFeeFixedFils,
    codFeeBps: s.codFeeBps,
    returnFeeFils: s.returnFeeFils,
    returnFeePctBps: s.returnFeePctBps,
  };
}
