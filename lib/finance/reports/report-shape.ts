// Pure shaping of the finance report figures: SQL aggregates (BigInt fils) → table rows with
// totals, chart points, and CSV rows. Amounts stay BigInt fils until they are written out as
// decimal AED strings (integer arithmetic only); charts get plain numbers for drawing.
import type { FinanceReport } from "./report-filter.schema";

export const FEE_TYPES = ["service", "fulfillment", "delivery", "cod", "return"] as const;
export type FeeType = (typeof FEE_TYPES)[number];
export const REPORT_REFUND_STATUSES = ["pending", "approved", "paid", "cancelled"] as const;
export type ReportRefundStatus = (typeof REPORT_REFUND_STATUSES)[number];

export type FeeTotals = { orders: number } & Record<FeeType, bigint>;
export type FeeReport = { orders: number; byType: Array<{ type: FeeType; fils: bigint }>; totalFils: bigint };

export type CodGroup = {
  id: string | null;
  name: string | null;
  collections: number;
  amountFils: bigint;
  oldestAt: Date | null;
};
export type CodReport = { rows: CodGroup[]; collections: number; amountFils: bigint };

export type PayoutSellerRow = {
  sellerId: string;
  storeName: string;
  sellerCode: string;
  requestedCount: number;
  requestedFils: bigint;
  approvedCount: number;
  approvedFils: bigint;
  paidCount: number;
  paidFils: bigint;
};
export type PayoutReport = {
  rows: PayoutSellerRow[];
  totals: Omit<PayoutSellerRow, "sellerId" | "storeName" | "sellerCode">;
};

export type RefundStatusRow = { status: ReportRefundStatus; count: number; amountFils: bigint };
export type RefundReport = { rows: RefundStatusRow[]; count: number; amountFils: bigint };

export function feeReport(t: FeeTotals): FeeReport {
  const byType = FEE_TYPES.map((type) => ({ type, fils: t[type] }));
  return { orders: t.orders, byType, totalFils: byType.reduce((s, r) => s + r.fils, 0n) };
}

export function codReport(rows: CodGroup[]): CodReport {
  const sorted = [...rows].sort((a, b) =>
    a.amountFils === b.amountFils ? (a.name ?? "").localeCompare(b.name ?? "") : a.amountFils > b.amountFils ? -1 : 1,
  );
  return {
    rows: sorted,
    collections: rows.reduce((n, r) => n + r.collections, 0),
    amountFils: rows.reduce((s, r) => s + r.amountFils, 0n),
  };
}

export function payoutReport(rows: PayoutSellerRow[]): PayoutReport {
  const totals = {
    requestedCount: 0,
    requestedFils: 0n,
    approvedCount: 0,
    approvedFils: 0n,
    paidCount: 0,
    paidFils: 0n,
  };
  for (const r of rows) {
    totals.requestedCount += r.requestedCount;
    totals.requestedFils += r.requestedFils;
    totals.approvedCount += r.approvedCount;
    totals.approvedFils += r.approvedFils;
    totals.paidCount += r.paidCount;
    totals.paidFils += r.paidFils;
  }
  return { rows, totals };
}

/** Every status, in workflow order, zeros where the period has none. */
export function refundReport(groups: Array<{ status: string; count: number; amountFils: bigint }>): RefundReport {
  const rows = REPORT_REFUND_STATUSES.map((status) => {
    const g = groups.find((x) => x.status === status);
    return { status, count: g?.count ?? 0, amountFils: g?.amountFils ?? 0n };
  });
  return {
    rows,
    count: rows.reduce((n, r) => n + r.count, 0),
    amountFils: rows.reduce((s, r) => s + r.amountFils, 0n),
  };
}

/** BigInt fils → "1234.50" / "-0.05": the decimal AED a spreadsheet reads, without a float. */
export function filsToAedString(fils: bigint): string {
  const negative = fils < 0n;
  const abs = negative ? -fils : fils;
  return `${negative ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/**
 * Fils as a plain number for a chart's geometry only (tooltips and tables show the exact
 * amount). Beyond 2^53 fils (AED 90 trillion) the bar's height may be off by a fils.
 */
export function chartValue(fils: bigint): number {
  return Number(fils);
}

export type ReportData = {
  fees: FeeReport;
  codByCourier: CodReport;
  codByCompany: CodReport;
  payouts: PayoutReport;
  refunds: RefundReport;
};

type Cell = string | number;

/** Header + rows of one report's CSV (column names are stable English keys, like the orders export). */
export function reportCsvRows(report: FinanceReport, d: ReportData): Cell[][] {
  const iso = (at: Date | null) => (at ? at.toISOString() : "");
  switch (report) {
    case "fees":
      return [
        ["fee_type", "amount_aed"],
        ...d.fees.byType.map((r) => [r.type, filsToAedString(r.fils)]),
        ["total", filsToAedString(d.fees.totalFils)],
        ["orders", d.fees.orders],
      ];
    case "cod-couriers":
    case "cod-companies": {
      const cod = report === "cod-couriers" ? d.codByCourier : d.codByCompany;
      return [
        [report === "cod-couriers" ? "courier" : "company", "collections", "amount_aed", "oldest_collected_at"],
        ...cod.rows.map((r) => [r.name ?? "", r.collections, filsToAedString(r.amountFils), iso(r.oldestAt)]),
        ["total", cod.collections, filsToAedString(cod.amountFils), ""],
      ];
    }
    case "payouts":
      return [
        [
          "seller_code",
          "store_name",
          "requested_count",
          "requested_aed",
          "approved_count",
          "approved_aed",
          "paid_count",
          "paid_aed",
        ],
        ...d.payouts.rows.map((r) => [
          r.sellerCode,
          r.storeName,
          r.requestedCount,
          filsToAedString(r.requestedFils),
          r.approvedCount,
          filsToAedString(r.approvedFils),
          r.paidCount,
          filsToAedString(r.paidFils),
        ]),
        [
          "total",
          "",
          d.payouts.totals.requestedCount,
          filsToAedString(d.payouts.totals.requestedFils),
          d.payouts.totals.approvedCount,
          filsToAedString(d.payouts.totals.approvedFils),
          d.payouts.totals.paidCount,
          filsToAedString(d.payouts.totals.paidFils),
        ],
      ];
    case "refunds":
      return [
        ["status", "count", "amount_aed"],
        ...d.refunds.rows.map((r) => [r.status, r.count, filsToAedString(r.amountFils)]),
        ["total", d.refunds.count, filsToAedString(d.refunds.amountFils)],
      ];
  }
}
