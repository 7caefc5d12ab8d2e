import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { uaeDayStart, uaeIsoDay } from "@/lib/time/uae-day";
import { scheduleRatesFrom, ZCreateScheduleInput, type CreateScheduleInput } from "./fees.schema";
import { ratesOf, resolveSchedule } from "./resolve-schedule";

/** A schedule may be planned at most this far ahead. */
const MAX_DAYS_AHEAD = 730;

/** "" → now; "YYYY-MM-DD" → the start of that UAE day, which must be after today (UAE). */
export function effectiveFromOf(effectiveDate: string, now: Date): Date {
  if (!effectiveDate) return now;
  const start = uaeDayStart(effectiveDate);
  if (Number.isNaN(start.getTime()) || uaeIsoDay(start) !== effectiveDate) {
    throw new AppError("validation", {}, { effectiveDate: "fees.date_invalid" });
  }
  // Today's start is already past: fees of orders delivered earlier today must not change.
  if (effectiveDate <= uaeIsoDay(now)) throw new AppError("validation", {}, { effectiveDate: "fees.date_not_future" });
  if (start.getTime() - now.getTime() > MAX_DAYS_AHEAD * 86_400_000) {
    throw new AppError("validation", {}, { effectiveDate: "fees.date_too_far" });
  }
  return start;
}

/**
 * Finance sets new fees: a new FeeSchedule row (rows are never edited), for the default
 * (`sellerId` null) or as one seller's override, effective now or from the start of a future
 * UAE day. Serialised per target with an advisory lock, and refused with `conflict` when the
 * target's newest row is no longer the one the person based the change on. Audited with the
 * schedule in force before (for an override: the seller's own, else the default) and after.
 */
export async function createFeeSchedule(
  actor: Actor,
  raw: CreateScheduleInput,
): Promise<{ id: string; effectiveFrom: Date }> {
  assertCan(actor, "finance.fees.manage");
  const input = parseOrThrow(ZCreateScheduleInput, raw);
  const now = new Date();
  const effectiveFrom = effectiveFromOf(input.effectiveDate, now);
  const rates = scheduleRatesFrom(input);
  const sellerId = input.sellerId;

  return db.$transaction(async (tx) => {
    const seller = sellerId
      ? await tx.sellerProfile.findFirst({
          where: { id: sellerId, approvedAt: { not: null } },
          select: { id: true, code: true, storeName: true },
        })
      : null;
    if (sellerId && !seller) throw new AppError("validation", {}, { sellerId: "fees.seller_invalid" });

    await tx.$queryRaw`SELECT 1 AS "ok" FROM pg_advisory_xact_lock(hashtext(${`fee_schedule:${sellerId ?? "default"}`})::bigint)`;
    const newest = await tx.feeSchedule.findFirst({
      where: { sellerId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    if ((newest?.id ?? null) !== input.basedOnId) throw new AppError("conflict");

    const before = await resolveSchedule(tx, sellerId, now);
    const row = await tx.feeSchedule.create({
      data: { sellerId, ...rates, currency: "AED", effectiveFrom, createdById: actor.userId, createdAt: now },
      select: { id: true, effectiveFrom: true },
    });
    await writeAudit(tx, auditContext(actor), {
      action: sellerId ? "finance.fees.override_created" : "finance.fees.default_changed",
      targetType: "FeeSchedule",
      targetId: row.id,
      before: before
        ? { scheduleId: before.id, sellerId: before.sellerId, effectiveFrom: before.effectiveFrom, ...ratesOf(before) }
        : null,
      after: {
        scheduleId: row.id,
        sellerId,
        sellerCode: seller?.code ?? null,
        effectiveFrom: row.effectiveFrom,
        ...rates,
      },
    });
    return row;
  });
}
