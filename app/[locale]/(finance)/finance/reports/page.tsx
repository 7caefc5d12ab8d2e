import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { FinanceReportCharts } from "@/components/finance/reports/finance-report-charts";
import { Alert } from "@/components/ui/alert";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { getFinanceReports, type FinanceReports } from "@/lib/finance/reports/finance-reports";
import {
  isReportFilterError,
  REPORT_MAX_DAYS,
  type FinanceReport,
  type ReportFilterError,
} from "@/lib/finance/reports/report-filter.schema";
import { chartValue, type CodReport } from "@/lib/finance/reports/report-shape";
import { listFinanceSellerChoices } from "@/lib/finance/reports/seller-choices";
import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money/format-money";

type Search = { from?: string | string[]; to?: string | string[]; sellerId?: string | string[] };

/** Finance reports for a period and optionally one seller: charts, tables and CSV exports. */
export default async function FinanceReportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "finance.reports");
  const [t, format, sellers] = await Promise.all([
    getTranslations("financeReports"),
    getFormatter(),
    listFinanceSellerChoices(actor),
  ]);

  let data: FinanceReports | null = null;
  let error: ReportFilterError | null = null;
  try {
    data = await getFinanceReports(actor, { from: one(sp.from), to: one(sp.to), sellerId: one(sp.sellerId) });
  } catch (e) {
    if (!isAppError(e) || e.code !== "validation") throw e;
    const code = Object.values(e.fields)[0] ?? "";
    error = isReportFilterError(code) ? code : "invalid_day";
  }

  const money = (fils: bigint) => formatMoney(fils, "AED", locale);
  const n = (v: number) => format.number(v);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "—");
  const csvHref = (report: FinanceReport) => {
    if (!data) return "#";
    const qs = new URLSearchParams({
      from: data.filter.from,
      to: data.filter.to,
      ...(data.filter.sellerId ? { sellerId: data.filter.sellerId } : {}),
    });
    return `/api/finance/reports/${report}?${qs.toString()}`;
  };
  const csvLink = (report: FinanceReport) => (
    <a href={csvHref(report)} download className="btn-secondary text-sm" data-testid={`csv-${report}`}>
      {t("csv")}
    </a>
  );
  const sectionHead = (title: string, report: FinanceReport, note?: string) => (
    <div className="flex flex-wrap items-end justify-between gap-2">
      <div>
        <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
        {note && <p className="text-xs text-slate-500">{note}</p>}
      </div>
      {csvLink(report)}
    </div>
  );
  const codTable = (cod: CodReport, kind: "courier" | "company") => (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="table" data-testid={`cod-${kind}-table`}>
        <thead>
          <tr>
            <th>{t(`cod.${kind}`)}</th>
            <th>{t("cod.collections")}</th>
            <th>{t("cod.amount")}</th>
            <th>{t("cod.oldest")}</th>
          </tr>
        </thead>
        <tbody>
          {cod.rows.map((r) => (
            <tr key={r.id ?? "none"} data-testid={`cod-${kind}-row`} data-name={r.name ?? ""}>
              <td>{r.name ?? t("cod.noCourier")}</td>
              <td className="tabular-nums">{n(r.collections)}</td>
              <td className="tabular-nums" data-testid="cod-amount">
                {money(r.amountFils)}
              </td>
              <td className="tabular-nums">{when(r.oldestAt)}</td>
            </tr>
          ))}
          {!cod.rows.length && (
            <tr>
              <td colSpan={4} className="text-center text-slate-500">
                {t("cod.none")}
              </td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr className="bg-slate-50 font-semibold" data-testid={`cod-${kind}-total`}>
            <td>{t("total")}</td>
            <td className="tabular-nums">{n(cod.collections)}</td>
            <td className="tabular-nums">{money(cod.amountFils)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );

  return (
    <div className="space-y-6" data-testid="finance-reports">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />

      <form method="get" role="search" className="card grid gap-3 md:grid-cols-4" data-testid="report-filters">
        <label className="text-sm">
          <span className="label">{t("filters.from")}</span>
          <input
            type="date"
            name="from"
            defaultValue={data?.filter.from ?? one(sp.from) ?? ""}
            className="input"
            dir="ltr"
            data-testid="report-from"
          />
        </label>
        <label className="text-sm">
          <span className="label">{t("filters.to")}</span>
          <input
            type="date"
            name="to"
            defaultValue={data?.filter.to ?? one(sp.to) ?? ""}
            className="input"
            dir="ltr"
            data-testid="report-to"
          />
        </label>
        <label className="text-sm">
          <span className="label">{t("filters.seller")}</span>
          <select
            name="sellerId"
            defaultValue={data?.filter.sellerId ?? ""}
            className="input"
            data-testid="report-seller"
          >
            <option value="">{t("filters.allSellers")}</option>
            {sellers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.storeName}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="btn-secondary" data-testid="report-apply">
            {t("filters.apply")}
          </button>
          <Link href="/finance/reports" className="btn-secondary">
            {t("filters.reset")}
          </Link>
        </div>
      </form>

      {error && <Alert testId="report-error">{t(`errors.${error}`, { max: n(REPORT_MAX_DAYS) })}</Alert>}

      {data && (
        <>
          <p className="text-sm text-slate-600" data-testid="report-period">
            {t("period", {
              from: format.dateTime(dayDate(data.filter.from), { dateStyle: "medium" }),
              to: format.dateTime(dayDate(data.filter.to), { dateStyle: "medium" }),
            })}
            {data.seller && <> · {data.seller.storeName}</>}
          </p>

          <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
            <Kpi
              testId="kpi-revenue"
              label={t("kpi.revenue")}
              value={money(data.fees.totalFils)}
              detail={t("kpi.orders", { count: n(data.fees.orders) })}
            />
            <Kpi
              testId="kpi-cod"
              label={t("kpi.codOutstanding")}
              value={money(data.codByCourier.amountFils + data.codByCompany.amountFils)}
              detail={t("kpi.collections", { count: n(data.codByCourier.collections + data.codByCompany.collections) })}
            />
            <Kpi
              testId="kpi-paid"
              label={t("kpi.payoutsPaid")}
              value={money(data.payouts.totals.paidFils)}
              detail={t("kpi.payouts", { count: n(data.payouts.totals.paidCount) })}
            />
            <Kpi
              testId="kpi-refunds"
              label={t("kpi.refunds")}
              value={money(data.refunds.amountFils)}
              detail={t("kpi.refundCount", { count: n(data.refunds.count) })}
            />
          </dl>

          <FinanceReportCharts
            fees={data.fees.byType.map((r) => ({ label: t(`fees.types.${r.type}`), fils: chartValue(r.fils) }))}
            cod={[
              ...data.codByCourier.rows.map((r) => ({
                label: r.name ?? t("cod.noCourier"),
                fils: chartValue(r.amountFils),
              })),
              ...data.codByCompany.rows.map((r) => ({ label: r.name ?? "—", fils: chartValue(r.amountFils) })),
            ]}
            payouts={data.payouts.rows.map((r) => ({
              label: r.storeName,
              requested: chartValue(r.requestedFils),
              approved: chartValue(r.approvedFils),
              paid: chartValue(r.paidFils),
            }))}
            refunds={data.refunds.rows.map((r) => ({
              label: t(`refundStatus.${r.status}`),
              fils: chartValue(r.amountFils),
            }))}
          />

          <section className="space-y-2" data-testid="report-fees">
            {sectionHead(t("fees.title"), "fees", t("fees.note"))}
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="table" data-testid="fees-table">
                <thead>
                  <tr>
                    <th>{t("fees.type")}</th>
                    <th>{t("fees.amount")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.fees.byType.map((r) => (
                    <tr key={r.type} data-testid="fee-row" data-type={r.type}>
                      <td>{t(`fees.types.${r.type}`)}</td>
                      <td className="tabular-nums" data-testid="fee-amount">
                        {money(r.fils)}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="bg-slate-50 font-semibold" data-testid="fees-total">
                    <td>
                      {t("total")} · {t("kpi.orders", { count: n(data.fees.orders) })}
                    </td>
                    <td className="tabular-nums">{money(data.fees.totalFils)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>

          <section className="space-y-2" data-testid="report-cod-couriers">
            {sectionHead(t("cod.byCourier"), "cod-couriers", t("cod.note"))}
            {codTable(data.codByCourier, "courier")}
          </section>
          <section className="space-y-2" data-testid="report-cod-companies">
            {sectionHead(t("cod.byCompany"), "cod-companies", t("cod.note"))}
            {codTable(data.codByCompany, "company")}
          </section>

          <section className="space-y-2" data-testid="report-payouts">
            {sectionHead(t("payouts.title"), "payouts", t("payouts.note"))}
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="table" data-testid="payouts-table">
                <thead>
                  <tr>
                    <th>{t("payouts.seller")}</th>
                    <th>{t("payouts.requested")}</th>
                    <th>{t("payouts.approved")}</th>
                    <th>{t("payouts.paid")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.payouts.rows.map((r) => (
                    <tr key={r.sellerId} data-testid="payout-row" data-seller={r.sellerCode}>
                      <td>
                        {r.storeName}{" "}
                        <span className="text-xs text-slate-500" dir="ltr">
                          {r.sellerCode}
                        </span>
                      </td>
                      <td className="tabular-nums">
                        {money(r.requestedFils)} <span className="text-xs text-slate-500">({n(r.requestedCount)})</span>
                      </td>
                      <td className="tabular-nums">
                        {money(r.approvedFils)} <span className="text-xs text-slate-500">({n(r.approvedCount)})</span>
                      </td>
                      <td className="tabular-nums">
                        {money(r.paidFils)} <span className="text-xs text-slate-500">({n(r.paidCount)})</span>
                      </td>
                    </tr>
                  ))}
                  {!data.payouts.rows.length && (
                    <tr>
                      <td colSpan={4} className="text-center text-slate-500">
                        {t("payouts.none")}
                      </td>
                    </tr>
                  )}
                </tbody>
                <tfoot>
                  <tr className="bg-slate-50 font-semibold" data-testid="payouts-total">
                    <td>{t("total")}</td>
                    <td className="tabular-nums">{money(data.payouts.totals.requestedFils)}</td>
                    <td className="tabular-nums">{money(data.payouts.totals.approvedFils)}</td>
                    <td className="tabular-nums">{money(data.payouts.totals.paidFils)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>

          <section className="space-y-2" data-testid="report-refunds">
            {sectionHead(t("refunds.title"), "refunds", t("refunds.note"))}
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="table" data-testid="refunds-report-table">
                <thead>
                  <tr>
                    <th>{t("refunds.status")}</th>
                    <th>{t("refunds.count")}</th>
                    <th>{t("refunds.amount")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.refunds.rows.map((r) => (
                    <tr key={r.status} data-testid="refund-status-row" data-status={r.status}>
                      <td>{t(`refundStatus.${r.status}`)}</td>
                      <td className="tabular-nums">{n(r.count)}</td>
                      <td className="tabular-nums">{money(r.amountFils)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="bg-slate-50 font-semibold">
                    <td>{t("total")}</td>
                    <td className="tabular-nums">{n(data.refunds.count)}</td>
                    <td className="tabular-nums">{money(data.refunds.amountFils)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}

function Kpi({ testId, label, value, detail }: { testId: string; label: string; value: string; detail?: string }) {
  return (
    <div className="card" data-testid={testId}>
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900" data-testid={`${testId}-value`}>
        {value}
      </dd>
      {detail && <dd className="mt-1 text-xs text-slate-500">{detail}</dd>}
    </div>
  );
}

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** A UAE day ("YYYY-MM-DD") as an instant inside it, for the formatter. */
function dayDate(day: string): Date {
  return new Date(`${day}T12:00:00+04:00`);
}
