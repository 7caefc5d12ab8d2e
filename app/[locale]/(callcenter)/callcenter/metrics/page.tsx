import { getFormatter, getTranslations } from "next-intl/server";
import { Age } from "@/components/callcenter/age";
import { MetricsCharts } from "@/components/callcenter/metrics-charts";
import { DataTable, type Column } from "@/components/ui/data-table";
import { FilterBar, FilterDate, FilterSelect } from "@/components/ui/filter-bar";
import { Kpi, KpiGrid } from "@/components/ui/kpi";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { getCallcenterMetrics, type CallcenterMetrics } from "@/lib/callcenter/metrics";
import { mmss, type MetricFigures, type WaitingFigures } from "@/lib/callcenter/metrics-math";
import { isMetricsFilterError, METRICS_MAX_DAYS, type MetricsFilterError } from "@/lib/callcenter/metrics.schema";
import { isAppError } from "@/lib/errors";

type AgentRow = { key: string; name: string; figures: MetricFigures; waiting: WaitingFigures };

type Search = { from?: string | string[]; to?: string | string[]; agentId?: string | string[] };

const NONE = "—";

export default async function CallcenterMetricsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "callcenter.metrics", "callcenter.call");
  const [t, format] = await Promise.all([getTranslations("ccMetrics"), getFormatter()]);

  let metrics: CallcenterMetrics | null = null;
  let error: MetricsFilterError | null = null;
  try {
    metrics = await getCallcenterMetrics(actor, { from: one(sp.from), to: one(sp.to), agentId: one(sp.agentId) });
  } catch (e) {
    if (!isAppError(e) || e.code !== "validation") throw e;
    const code = Object.values(e.fields)[0] ?? "";
    error = isMetricsFilterError(code) ? code : "invalid_day";
  }
  // Display only: the use-case decides what a manager or an agent gets.
  const teamView = metrics ? metrics.scope === "team" : can(actor, "callcenter.metrics");

  const n = (v: number) => format.number(v);
  const dec = (v: number | null, digits = 1) =>
    v === null ? NONE : format.number(v, { maximumFractionDigits: digits });
  const pct = (v: number | null) =>
    v === null ? NONE : format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const aht = (v: number | null) => (v === null ? NONE : mmss(v));
  const age = (ms: number | null, testId?: string) => (ms === null ? NONE : <Age ms={ms} testId={testId} />);
  const agentColumns: Column<AgentRow>[] = [
    { key: "agent", header: t("table.agent"), cell: (r) => r.name },
    { key: "calls", header: t("table.calls"), align: "end", cell: (r) => n(r.figures.calls) },
    { key: "confirmed", header: t("table.confirmed"), align: "end", cell: (r) => n(r.figures.confirmed) },
    { key: "cancelled", header: t("table.cancelled"), align: "end", cell: (r) => n(r.figures.cancelled) },
    {
      key: "rate",
      header: t("table.confirmationRate"),
      align: "end",
      cellProps: () => ({ "data-testid": "row-confirmation-rate" }),
      cell: (r) => pct(r.figures.confirmationRate),
    },
    {
      key: "perHour",
      header: t("table.callsPerHour"),
      align: "end",
      cellProps: () => ({ "data-testid": "row-calls-per-hour" }),
      cell: (r) => (
        <>
          {dec(r.figures.callsPerHour)}
          {r.figures.hoursBasis === "calls" && (
            <span className="ms-1 text-slate-400" title={t("table.fallbackNote")}>
              *
            </span>
          )}
        </>
      ),
    },
    { key: "aht", header: t("table.aht"), align: "end", cell: (r) => <span dir="ltr">{aht(r.figures.ahtSec)}</span> },
    {
      key: "attempts",
      header: t("table.attemptsPerConfirmed"),
      align: "end",
      cell: (r) => dec(r.figures.attemptsPerConfirmed, 2),
    },
    {
      key: "waiting",
      header: t("table.waiting"),
      align: "end",
      cell: (r) => (
        <>
          {n(r.waiting.count)}
          {r.waiting.unassigned !== null && r.waiting.unassigned > 0 && (
            <span className="ms-1 text-slate-500">
              ({t("kpi.waitingUnassigned", { count: n(r.waiting.unassigned) })})
            </span>
          )}
        </>
      ),
    },
    {
      key: "oldest",
      header: t("table.oldestAge"),
      className: "tabular-nums",
      cell: (r) => age(r.waiting.oldestAgeMs, "row-oldest-age"),
    },
  ];
  const hoursNote = (f: MetricFigures) => {
    if (f.hours === null) return t("kpi.noHours");
    const key = f.hoursBasis === "calls" ? "hoursFromCalls" : f.hoursBasis === "shift" ? "hoursOnShift" : "hoursTotal";
    return t(`kpi.${key}`, { hours: dec(f.hours) });
  };

  return (
    <div className="space-y-6" data-testid="callcenter-metrics">
      <PageHeader title={t("title")} subtitle={teamView ? t("subtitleTeam") : t("subtitleAgent")} />

      <FilterBar
        resetHref="/callcenter/metrics"
        testId="metrics-filters"
        applyLabel={t("filters.apply")}
        applyTestId="metrics-apply"
      >
        <FilterDate
          name="from"
          label={t("filters.from")}
          defaultValue={metrics?.period.from ?? one(sp.from)}
          testId="metrics-from"
        />
        <FilterDate
          name="to"
          label={t("filters.to")}
          defaultValue={metrics?.period.to ?? one(sp.to)}
          testId="metrics-to"
        />
        {teamView && (
          <FilterSelect
            name="agentId"
            label={t("filters.agent")}
            defaultValue={metrics?.agentId ?? ""}
            allLabel={t("filters.allAgents")}
            options={(metrics?.agentOptions ?? []).map((a) => ({ value: a.id, label: a.name }))}
            testId="metrics-agent"
          />
        )}
      </FilterBar>

      {error && <Alert testId="metrics-error">{t(`errors.${error}`, { max: n(METRICS_MAX_DAYS) })}</Alert>}

      {metrics && (
        <>
          <p className="text-sm text-slate-600" data-testid="metrics-period">
            {t("period", {
              from: format.dateTime(dayDate(metrics.period.from), { dateStyle: "medium" }),
              to: format.dateTime(dayDate(metrics.period.to), { dateStyle: "medium" }),
            })}
            {metrics.scope === "team" && metrics.agentId && (
              <> · {metrics.agentOptions?.find((a) => a.id === metrics.agentId)?.name ?? t("filters.unknownAgent")}</>
            )}
          </p>

          <KpiGrid columns={6}>
            <Kpi
              testId="metric-confirmation-rate"
              label={t("kpi.confirmationRate")}
              value={pct(metrics.kpis.confirmationRate)}
              hint={t("kpi.confirmationDetail", {
                confirmed: n(metrics.kpis.confirmed),
                cancelled: n(metrics.kpis.cancelled),
              })}
            />
            <Kpi
              testId="metric-calls-per-hour"
              label={t("kpi.callsPerHour")}
              value={dec(metrics.kpis.callsPerHour)}
              hint={`${t("kpi.calls", { calls: n(metrics.kpis.calls) })} · ${hoursNote(metrics.kpis)}`}
            />
            <Kpi
              testId="metric-aht"
              label={t("kpi.aht")}
              value={aht(metrics.kpis.ahtSec)}
              hint={t("kpi.ahtDetail")}
              ltr
            />
            <Kpi
              testId="metric-attempts-per-confirmed"
              label={t("kpi.attemptsPerConfirmed")}
              value={dec(metrics.kpis.attemptsPerConfirmed, 2)}
              hint={t("kpi.confirmedOrders", { count: n(metrics.kpis.confirmedOrders) })}
            />
            <Kpi
              testId="metric-waiting"
              label={t("kpi.waiting")}
              value={n(metrics.waiting.count)}
              hint={waitingNote(metrics.waiting)}
            />
            <Kpi
              testId="metric-oldest-age"
              label={t("kpi.oldestAge")}
              value={age(metrics.waiting.oldestAgeMs)}
              hint={t("kpi.oldestDetail")}
            />
          </KpiGrid>

          {metrics.agents && metrics.team && (
            <section className="space-y-2">
              <h2 className="text-lg font-semibold text-slate-900">{t("table.title")}</h2>
              <DataTable
                testId="agent-metrics-table"
                rows={metrics.agents.map((r) => ({
                  key: r.agentId,
                  name: r.name,
                  figures: r.figures,
                  waiting: r.waiting,
                }))}
                rowKey={(r) => r.key}
                rowProps={() => ({ "data-testid": "agent-metrics-row" })}
                footerRows={[{ key: "team", name: t("table.team"), ...metrics.team }]}
                footerRowProps={() => ({ "data-testid": "agent-metrics-team", className: "bg-slate-50 font-semibold" })}
                empty={t("table.none")}
                emptyTestId="agent-metrics-empty"
                columns={agentColumns}
              />
              <p className="text-xs text-slate-500">{t("table.fallbackNote")}</p>
            </section>
          )}

          <section className="space-y-2">
            <h2 className="text-lg font-semibold text-slate-900">{t("charts.title")}</h2>
            <MetricsCharts
              days={metrics.daily.map(({ day, calls, confirmed, confirmationRate }) => ({
                day,
                calls,
                confirmed,
                confirmationRate,
              }))}
            />
            <details className="card text-sm">
              <summary className="cursor-pointer font-medium text-slate-700">{t("charts.dataTable")}</summary>
              <div className="mt-2">
                <DataTable
                  testId="daily-metrics-table"
                  rows={metrics.daily}
                  rowKey={(d) => d.day}
                  rowProps={(d) => ({ "data-testid": "daily-metrics-row", "data-day": d.day })}
                  empty={t("table.none")}
                  columns={[
                    {
                      key: "day",
                      header: t("charts.day"),
                      className: "tabular-nums",
                      cell: (d) => format.dateTime(dayDate(d.day), { dateStyle: "medium" }),
                    },
                    { key: "calls", header: t("charts.calls"), align: "end", cell: (d) => n(d.calls) },
                    { key: "confirmed", header: t("charts.confirmed"), align: "end", cell: (d) => n(d.confirmed) },
                    { key: "cancelled", header: t("charts.cancelled"), align: "end", cell: (d) => n(d.cancelled) },
                    {
                      key: "rate",
                      header: t("charts.confirmationRate"),
                      align: "end",
                      cell: (d) => pct(d.confirmationRate),
                    },
                  ]}
                />
              </div>
            </details>
          </section>
        </>
      )}

      <section className="card text-sm text-slate-600" data-testid="metrics-legend">
        <h2 className="mb-2 font-medium text-slate-800">{t("legend.title")}</h2>
        <dl className="grid gap-x-6 gap-y-1 md:grid-cols-[max-content_1fr]">
          {(
            ["calls", "confirmationRate", "callsPerHour", "aht", "attemptsPerConfirmed", "waiting", "days"] as const
          ).map((k) => (
            <div key={k} className="contents">
              <dt className="font-medium text-slate-700">{t(`legend.${k}.term`)}</dt>
              <dd>{t(`legend.${k}.text`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );

  function waitingNote(w: WaitingFigures) {
    return w.unassigned === null ? t("kpi.waitingAssigned") : t("kpi.waitingUnassigned", { count: n(w.unassigned) });
  }
}

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** A UAE day ("YYYY-MM-DD") as an instant inside it, for the formatter (time zone Asia/Dubai). */
function dayDate(day: string): Date {
  return new Date(`${day}T12:00:00+04:00`);
}
