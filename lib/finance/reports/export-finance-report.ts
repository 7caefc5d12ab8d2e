import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { csvDocument } from "@/lib/csv/csv";
import { AppError } from "@/lib/errors";
import { getFinanceReports } from "./finance-reports";
import { isFinanceReport, type ReportFilterInput } from "./report-filter.schema";
import { reportCsvRows } from "./report-shape";

/**
 * One table of the finance reports as CSV, computed exactly as the page shows it (same
 * use-case, same filter), and the export recorded in the audit log with the filter and the
 * row count. An unknown report name is not_found, like a missing permission.
 */
export async function exportFinanceReport(
  actor: Actor,
  report: string,
  raw: ReportFilterInput,
  opts: { now?: Date } = {},
) {
  if (!isFinanceReport(report)) throw new AppError("not_found");
  const data = await getFinanceReports(actor, raw, opts);
  const rows = reportCsvRows(report, data);
  await db.$transaction((tx) =>
    writeAudit(tx, auditContext(actor), {
      action: "financeReports.export",
      after: {
        report,
        from: data.filter.from,
        to: data.filter.to,
        sellerId: data.filter.sellerId ?? null,
        rowCount: rows.length - 1,
      },
    }),
  );
  const seller = data.seller ? `-${data.seller.code}` : "";
  return { csv: csvDocument(rows), fileName: `finance-${report}-${data.filter.from}_${data.filter.to}${seller}.csv` };
}
