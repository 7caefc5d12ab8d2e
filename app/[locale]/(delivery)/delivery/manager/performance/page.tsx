import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessRateChart } from "@/components/delivery/manager/performance-chart";
import { requirePagePermission } from "@/lib/auth/guards";
import { deliveryPerformance, type PerformanceRow } from "@/lib/delivery/performance";
import type { PerformanceFigures } from "@/lib/delivery/performance-math";
import { durationParts } from "@/lib/time/duration";

type Search = { from?: string; to?: string };
const NONE = "—";

export default async function PerformancePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "delivery.assign", "delivery.confirm");
  const [perf, t, tDur, format] = await Promise.all([
    deliveryPerformance(actor, { from: sp.from, to: sp.to }),
    getTranslations("delivery.performance"),
    getTranslations("common.duration"),
    getFormatter(),
  ]);
  const pct = (v: number | null) =>
    v === null ? NONE : format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const dec = (v: number | null) => (v === null ? NONE : format.number(v, { maximumFractionDigits: 2 }));
  const dur = (ms: number | null) => {
    if (ms === null) return NONE;
    const p = durationParts(ms);
    return tDur(p.unit, { days: p.days, hours: p.hours, minutes: p.minutes });
  };
  const cells = (r: PerformanceFigures) => (
    <>
      <td className="tabular-nums" data-testid="perf-dispatched">
        {r.dispatched}
      </td>
      <td className="tabular-nums" data-testid="perf-delivered" data-value={r.delivered}>
        {r.delivered}
      </td>
      <td className="tabular-nums">{r.failed}</td>
      <td className="tabular-nums">{r.refused}</td>
      <td className="tabular-nums" data-testid="perf-success">
        {pct(r.successRate)}
      </td>
      <td className="tabular-nums">{dec(r.attemptsPerDelivered)}</td>
      <td className="tabular-nums">{dur(r.avgDeliverMs)}</td>
    </>
  );
  const head = (first: string) => (
    <thead>
      <tr>
        <th>{first}</th>
        <th>{t("dispatched")}</th>
        <th>{t("delivered")}</th>
        <th>{t("failed")}</th>
        <th>{t("refused")}</th>
        <th>{t("successRate")}</th>
        <th>{t("attemptsPerDelivered")}</th>
        <th>{t("avgTime")}</th>
      </tr>
    </thead>
  );
  const table = (rows: PerformanceRow[], first: string, testId: string, withTotal: boolean) => (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="table" data-testid={testId}>
        {head(first)}
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="perf-row" data-name={r.name}>
              <td className="font-medium">{r.name}</td>
              {cells(r)}
            </tr>
          ))}
          {!rows.length && (
            <tr>
              <td colSpan={8} className="text-center text-slate-500">
                {t("noData")}
              </td>
            </tr>
          )}
          {withTotal && rows.length > 0 && (
            <tr className="font-semibold" data-testid="perf-total">
              <td>{t("total")}</td>
              {cells(perf.total)}
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );

  return (
    <div className="space-y-6" data-testid="performance-page">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <form method="get" className="card flex flex-wrap items-end gap-3" data-testid="perf-range">
        <div>
          <label htmlFor="perf-from" className="label">
            {t("from")}
          </label>
          <input id="perf-from" type="date" name="from" defaultValue={perf.range.from} className="input" dir="ltr" />
        </div>
        <div>
          <label htmlFor="perf-to" className="label">
            {t("to")}
          </label>
          <input id="perf-to" type="date" name="to" defaultValue={perf.range.to} className="input" dir="ltr" />
        </div>
        <button type="submit" className="btn-secondary" data-testid="perf-apply">
          {t("apply")}
        </button>
      </form>
      <p className="text-xs text-slate-500">{t("confirmedOnly")}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        <SuccessRateChart
          title={t("chartCouriers")}
          rows={perf.couriers.map((r) => ({ name: r.name, successRate: r.successRate }))}
          testId="chart-couriers"
        />
        <SuccessRateChart
          title={t("chartCompanies")}
          rows={perf.companies.map((r) => ({ name: r.name, successRate: r.successRate }))}
          testId="chart-companies"
        />
      </div>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("byCourier")}</h2>
        {table(perf.couriers, t("courier"), "perf-couriers", true)}
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("byCompany")}</h2>
        {table(perf.companies, t("company"), "perf-companies", false)}
      </section>
    </div>
  );
}
