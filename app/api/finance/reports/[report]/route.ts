import { csvDownload } from "@/lib/api/csv-download";
import { exportFinanceReport } from "@/lib/finance/reports/export-finance-report";

export const dynamic = "force-dynamic";

/**
 * GET /api/finance/reports/<fees|cod-couriers|cod-companies|payouts|refunds>?from=&to=&sellerId=
 * — one table of the finance reports as CSV, for holders of finance.reports (anyone else: 404).
 */
export async function GET(req: Request, { params }: { params: Promise<{ report: string }> }) {
  const { report } = await params;
  const sp = new URL(req.url).searchParams;
  return csvDownload("finance.reports.export", "finance.mutation", (actor) =>
    exportFinanceReport(actor, report, { from: sp.get("from"), to: sp.get("to"), sellerId: sp.get("sellerId") }),
  );
}
