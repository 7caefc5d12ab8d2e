import "server-only";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { outstandingTotals } from "@/lib/finance/cod/list-outstanding";
import { uaeDayEnd, uaeDayStart, uaeIsoDay } from "@/lib/time/uae-day";
import { feeTotals } from "./finance-reports";
import { monthStart } from "./report-filter.schema";
import { feeReport } from "./report-shape";

type Figure = { count: number; amountFils: bigint };

/**
 * The finance desk's key figures right now: COD cash outside Atlas, payouts waiting for
 * approval and for payment, refunds waiting for approval and for payment, open cash handovers,
 * draft invoices, and this month's fee revenue. Grouped sums only.
 */
export async function getFinanceOverview(actor: Actor, opts: { now?: Date } = {}) {
  if (!can(actor, "finance.reports") && !can(actor, "finance.statements.view_all")) throw new AppError("not_found");
  const today = uaeIsoDay(opts.now ?? new Date());
  const month = { from: monthStart(today), to: today };
  const [cod, payouts, refunds, openHandovers, draftInvoices, fees] = await Promise.all([
    outstandingTotals(),
    db.$queryRaw<Array<{ status: string; count: number; amount: bigint }>>`
      SELECT status::text AS status, count(*)::int AS count, COALESCE(sum("amountFils"), 0)::bigint AS amount
      FROM "Payout" WHERE status IN ('requested', 'approved') GROUP BY status`,
    db.$queryRaw<Array<{ status: string; count: number; amount: bigint }>>`
      SELECT status::text AS status, count(*)::int AS count, COALESCE(sum("amountFils"), 0)::bigint AS amount
      FROM "Refund" WHERE status IN ('pending', 'approved') GROUP BY status`,
    db.codHandover.count({ where: { status: { in: ["open", "submitted"] } } }),
    db.invoice.count({ where: { status: "draft" } }),
    feeTotals({ start: uaeDayStart(month.from), end: uaeDayEnd(month.to), sellerId: null }),
  ]);
  const pick = (rows: Array<{ status: string; count: number; amount: bigint }>, status: string): Figure => {
    const r = rows.find((x) => x.status === status);
    return { count: r?.count ?? 0, amountFils: r?.amount ?? 0n };
  };
  const revenue = feeReport(fees);
  return {
    month,
    // The same cash the COD desk lists: in-house couriers' unhanded + partner companies' unremitted.
    codOutstanding: {
      count: cod.couriers.count + cod.companies.count,
      amountFils: cod.couriers.amountFils + cod.companies.amountFils,
    },
    payoutsAwaitingApproval: pick(payouts, "requested"),
    payoutsAwaitingPayment: pick(payouts, "approved"),
    refundsPending: pick(refunds, "pending"),
    refundsAwaitingPayment: pick(refunds, "approved"),
    openHandovers,
    draftInvoices,
    revenueThisMonth: { orders: revenue.orders, amountFils: revenue.totalFils },
  };
}
export type FinanceOverview = Awaited<ReturnType<typeof getFinanceOverview>>;
