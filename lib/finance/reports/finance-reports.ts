import "server-only";
import { db, Prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { uaeDayEnd, uaeDayStart, uaeIsoDay } from "@/lib/time/uae-day";
import { reportFilterSchema, type ReportFilter, type ReportFilterInput } from "./report-filter.schema";
import {
  codReport,
  feeReport,
  payoutReport,
  refundReport,
  type CodGroup,
  type FeeTotals,
  type PayoutSellerRow,
  type ReportData,
} from "./report-shape";

type Window = { start: Date; end: Date; sellerId: string | null };

const sellerIs = (column: Prisma.Sql, sellerId: string | null) =>
  sellerId ? Prisma.sql`AND ${column} = ${sellerId}` : Prisma.empty;

/**
 * Fees earned on the orders finished in the period: an order counts on the UAE day it was
 * delivered, or — never delivered (refused / failed delivery) — the day its return was
 * inspected: the same moment ensureOrderFee prices it at and the statement settles it in.
 * One aggregate row; nothing is loaded per order.
 */
export async function feeTotals(w: Window): Promise<FeeTotals> {
  const [r] = await db.$queryRaw<
    Array<{ orders: number } & Record<"service" | "fulfillment" | "delivery" | "cod" | "ret", bigint>>
  >`
    SELECT count(*)::int AS orders,
      COALESCE(sum(f."serviceFils"), 0)::bigint AS service,
      COALESCE(sum(f."fulfillmentFils"), 0)::bigint AS fulfillment,
      COALESCE(sum(f."deliveryFils"), 0)::bigint AS delivery,
      COALESCE(sum(f."codFeeFils"), 0)::bigint AS cod,
      COALESCE(sum(f."returnFeeFils"), 0)::bigint AS ret
    FROM "OrderFee" f
    JOIN "Order" o ON o.id = f."orderId"
    LEFT JOIN LATERAL (
      SELECT max(r."inspectedAt") AS at FROM "Return" r WHERE r."orderId" = o.id AND r.status IN ('inspected', 'closed')
    ) rt ON o."deliveredAt" IS NULL
    WHERE COALESCE(o."deliveredAt", rt.at) >= ${w.start} AND COALESCE(o."deliveredAt", rt.at) < ${w.end}
      ${sellerIs(Prisma.sql`o."sellerId"`, w.sellerId)}`;
  return {
    orders: r.orders,
    service: r.service,
    fulfillment: r.fulfillment,
    delivery: r.delivery,
    cod: r.cod,
    return: r.ret,
  };
}

/**
 * COD cash still outside Atlas right now (no handover, no remittance), whatever the period:
 * in-house couriers' collections per courier, partner companies' per company.
 */
async function codOutstanding(by: "courier" | "company", sellerId: string | null): Promise<CodGroup[]> {
  const rows =
    by === "courier"
      ? await db.$queryRaw<
          Array<{ id: string | null; name: string | null; collections: number; amount: bigint; oldest: Date | null }>
        >`
        SELECT c."courierId" AS id, co.name AS name, count(*)::int AS collections, sum(c."amountFils")::bigint AS amount, min(c."collectedAt") AS oldest
        FROM "CodCollection" c
        JOIN "Order" o ON o.id = c."orderId"
        LEFT JOIN "Courier" co ON co.id = c."courierId"
        WHERE c."handoverId" IS NULL AND c."remittanceId" IS NULL AND c."companyId" IS NULL
          ${sellerIs(Prisma.sql`o."sellerId"`, sellerId)}
        GROUP BY c."courierId", co.name`
      : await db.$queryRaw<
          Array<{ id: string | null; name: string | null; collections: number; amount: bigint; oldest: Date | null }>
        >`
        SELECT c."companyId" AS id, dc.name AS name, count(*)::int AS collections, sum(c."amountFils")::bigint AS amount, min(c."collectedAt") AS oldest
        FROM "CodCollection" c
        JOIN "Order" o ON o.id = c."orderId"
        JOIN "DeliveryCompany" dc ON dc.id = c."companyId"
        WHERE c."handoverId" IS NULL AND c."remittanceId" IS NULL
          ${sellerIs(Prisma.sql`o."sellerId"`, sellerId)}
        GROUP BY c."companyId", dc.name`;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    collections: r.collections,
    amountFils: r.amount,
    oldestAt: r.oldest,
  }));
}

/**
 * Payouts per seller in the period: requested = created in it (not cancelled), approved =
 * approved in it (still approved or paid since), paid = paid in it.
 */
async function payoutsBySeller(w: Window): Promise<PayoutSellerRow[]> {
  const inPeriod = (col: Prisma.Sql) => Prisma.sql`${col} >= ${w.start} AND ${col} < ${w.end}`;
  const created = inPeriod(Prisma.sql`p."createdAt"`);
  const approved = inPeriod(Prisma.sql`p."approvedAt"`);
  const paid = inPeriod(Prisma.sql`p."paidAt"`);
  const rows = await db.$queryRaw<
    Array<{
      seller_id: string;
      store_name: string;
      seller_code: string;
      requested_count: number;
      requested: bigint;
      approved_count: number;
      approved: bigint;
      paid_count: number;
      paid: bigint;
    }>
  >`
    SELECT p."sellerId" AS seller_id, s."storeName" AS store_name, s.code AS seller_code,
      (count(*) FILTER (WHERE ${created} AND p.status <> 'cancelled'))::int AS requested_count,
      COALESCE(sum(p."amountFils") FILTER (WHERE ${created} AND p.status <> 'cancelled'), 0)::bigint AS requested,
      (count(*) FILTER (WHERE ${approved} AND p.status IN ('approved', 'paid')))::int AS approved_count,
      COALESCE(sum(p."amountFils") FILTER (WHERE ${approved} AND p.status IN ('approved', 'paid')), 0)::bigint AS approved,
      (count(*) FILTER (WHERE ${paid} AND p.status = 'paid'))::int AS paid_count,
      COALESCE(sum(p."amountFils") FILTER (WHERE ${paid} AND p.status = 'paid'), 0)::bigint AS paid
    FROM "Payout" p
    JOIN "SellerProfile" s ON s.id = p."sellerId"
    WHERE ((${created}) OR (${approved}) OR (${paid}))
      ${sellerIs(Prisma.sql`p."sellerId"`, w.sellerId)}
    GROUP BY p."sellerId", s."storeName", s.code
    ORDER BY s."storeName", p."sellerId"`;
  return rows
    .map((r) => ({
      sellerId: r.seller_id,
      storeName: r.store_name,
      sellerCode: r.seller_code,
      requestedCount: r.requested_count,
      requestedFils: r.requested,
      approvedCount: r.approved_count,
      approvedFils: r.approved,
      paidCount: r.paid_count,
      paidFils: r.paid,
    }))
    .filter((r) => r.requestedCount + r.approvedCount + r.paidCount > 0);
}

/** Refunds recorded (by the return inspection) in the period, by their status now. */
async function refundsByStatus(w: Window) {
  const rows = await db.$queryRaw<Array<{ status: string; count: number; amount: bigint }>>`
    SELECT r.status::text AS status, count(*)::int AS count, COALESCE(sum(r."amountFils"), 0)::bigint AS amount
    FROM "Refund" r
    WHERE r."createdAt" >= ${w.start} AND r."createdAt" < ${w.end}
      ${sellerIs(Prisma.sql`r."sellerId"`, w.sellerId)}
    GROUP BY r.status`;
  return rows.map((r) => ({ status: r.status, count: r.count, amountFils: r.amount }));
}

export type FinanceReports = ReportData & {
  filter: ReportFilter;
  seller: { id: string; storeName: string; code: string } | null;
};

/**
 * The finance reports for a period of UAE days (default this month) and optionally one
 * seller: fees by type, COD outstanding by courier and by company, payouts by seller, refunds
 * by status. `finance.reports` only, else not_found; a bad period throws `validation` with
 * `fields.<from|to>` = a ReportFilterError.
 */
export async function getFinanceReports(
  actor: Actor,
  raw: ReportFilterInput,
  opts: { now?: Date } = {},
): Promise<FinanceReports> {
  assertCan(actor, "finance.reports");
  const filter = parseOrThrow(reportFilterSchema(uaeIsoDay(opts.now ?? new Date())), raw);
  const seller = filter.sellerId
    ? await db.sellerProfile.findUnique({
        where: { id: filter.sellerId },
        select: { id: true, storeName: true, code: true },
      })
    : null;
  // An unknown seller id is dropped (like a bad value in any URL filter), not "all sellers" in disguise.
  const effective = { ...filter, sellerId: seller?.id };
  const w: Window = { start: uaeDayStart(effective.from), end: uaeDayEnd(effective.to), sellerId: seller?.id ?? null };
  const [fees, couriers, companies, payouts, refunds] = await Promise.all([
    feeTotals(w),
    codOutstanding("courier", w.sellerId),
    codOutstanding("company", w.sellerId),
    payoutsBySeller(w),
    refundsByStatus(w),
  ]);
  return {
    filter: effective,
    seller,
    fees: feeReport(fees),
    codByCourier: codReport(couriers),
    codByCompany: codReport(companies),
    payouts: payoutReport(payouts),
    refunds: refundReport(refunds),
  };
}
