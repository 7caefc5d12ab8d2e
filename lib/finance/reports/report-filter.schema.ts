// The finance reports filter, read from the URL (GET form) and the CSV export's query string:
// a period of UAE calendar days (default: this month up to today) and optionally one seller.
// A bad period is an error the page shows (a silently different period would mislead); a bad
// seller id is dropped. No server imports.
import { z } from "zod";
import { daysInclusive, isIsoDay } from "@/lib/callcenter/metrics-math";

export const REPORT_MAX_DAYS = 366;

export const REPORT_FILTER_ERRORS = ["invalid_day", "range_reversed", "range_too_long"] as const;
export type ReportFilterError = (typeof REPORT_FILTER_ERRORS)[number];

/** The tables of the reports page; each is exported as CSV by /api/finance/reports/<report>. */
export const FINANCE_REPORTS = ["fees", "cod-couriers", "cod-companies", "payouts", "refunds"] as const;
export type FinanceReport = (typeof FINANCE_REPORTS)[number];

export function isFinanceReport(v: string): v is FinanceReport {
  return (FINANCE_REPORTS as readonly string[]).includes(v);
}

const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);

const ZDay = z.preprocess(
  blank,
  z.string({ message: "invalid_day" }).trim().refine(isIsoDay, { message: "invalid_day" }).optional(),
);
const ZSellerId = z.preprocess(blank, z.string().trim().min(1).max(64).optional()).catch(undefined);

/** "YYYY-MM-01" of the month containing `today` ("YYYY-MM-DD"). */
export function monthStart(today: string): string {
  return `${today.slice(0, 7)}-01`;
}

/** The filter, with defaults resolved against `today` (the current UAE day). */
export function reportFilterSchema(today: string) {
  return z
    .object({ from: ZDay, to: ZDay, sellerId: ZSellerId })
    .transform(({ from, to, sellerId }) => {
      const end = to ?? (from && from > today ? from : today);
      return { from: from ?? monthStart(end), to: end, sellerId };
    })
    .superRefine((v, ctx) => {
      if (v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "range_reversed" });
      else if (daysInclusive(v.from, v.to) > REPORT_MAX_DAYS)
        ctx.addIssue({ code: "custom", path: ["to"], message: "range_too_long" });
    });
}

export type ReportFilterInput = { from?: string | null; to?: string | null; sellerId?: string | null };
export type ReportFilter = z.output<ReturnType<typeof reportFilterSchema>>;

export function isReportFilterError(code: string): code is ReportFilterError {
  return (REPORT_FILTER_ERRORS as readonly string[]).includes(code);
}
