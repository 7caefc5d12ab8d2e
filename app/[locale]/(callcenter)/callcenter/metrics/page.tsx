import { getFormatter, getTranslations } from "next-intl/server";
import { Age } from "@/components/callcenter/age";
import { MetricsCharts } from "@/components/callcenter/metrics-charts";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { getCallcenterMetrics, type CallcenterMetrics } from "@/lib/callcenter/metrics";
import { mmss, type MetricFigures, type WaitingFigures } from "@/lib/callcenter/metrics-math";
import { isMetricsFilterError, METRICS_MAX_DAYS, type MetricsFilterError } from "@/lib/callcenter/metrics.schema";
import { isAppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";

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
  const hoursNote = (f: MetricFigures) => {
    if (f.hours === null) return t("kpi.noHours");
    const key = f.hoursBasis === "calls" ? "hoursFromCalls" : f.hoursBasis === "shift" ? "hoursOnShift" : "hoursTotal";
    return t(`kpi.${key}`, { hours: dec(f.hours) });
  };

  return (
    <div className="space-y-6" data-testid="callcenter-metrics">
      <PageHeader title={t("title")} subtitle={teamView ? t("subtitleTeam") : t("subtitleAgent")} />

      <form method="get" role="search" className="card grid gap-3 md:grid-cols-4" data-testid="metrics-filters">
        <label className="text-sm">
          <span className="label">{t("filters.from")}</span>
          <input
            type="date"
            name="from"
            defaultValue={metrics?.period.from ?? one(sp.from) ?? ""}
            className="input"
            dir="ltr"
            data-testid="metrics-from"
          />
        </label>
        <label className="text-sm">
          <span className="label">{t("filters.to")}</span>
          <input
            type="date"
            name="to"
            defaultValue={metrics?.period.to ?? one(sp.to) ?? ""}
            className="input"
            dir="ltr"
            data-testid="metrics-to"
          />
        </label>
        {teamView && (
          <label className="text-sm">
            <span className="label">{t("filters.agent")}</span>
            <select name="agentId" defaultValue={metrics?.agentId ?? ""} className="input" data-testid="metrics-agent">
              <option value="">{t("filters.allAgents")}</option>
              {(metrics?.agentOptions ?? []).map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="flex items-end gap-2">
          <button type="submit" className="btn-secondary" data-testid="metrics-apply">
            {t("filters.apply")}
          </button>
          <Link href="/callcenter/metrics" className="btn-secondary">
            {t("filters.reset")}
          </Link>
        </div>
      </form>

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

          <dl className="grid grid-cols-2 gap-4 lg:grid-cols-3 xl:grid-cols-6">
            <Kpi
              testId="metric-confirmation-rate"
              label={t("kpi.confirmationRate")}
              value={pct(metrics.kpis.confirmationRate)}
              detail={t("kpi.confirmationDetail", {
                confirmed: n(metrics.kpis.confirmed),
                cancelled: n(metrics.kpis.cancelled),
              })}
            />
            <Kpi
              testId="metric-calls-per-hour"
              label={t("kpi.callsPerHour")}
              value={dec(metrics.kpis.callsPerHour)}
              detail={`${t("kpi.calls", { calls: n(metrics.kpis.calls) })} · ${hoursNote(metrics.kpis)}`}
            />
            <Kpi
              testId="metric-aht"
              label={t("kpi.aht")}
              value={aht(metrics.kpis.ahtSec)}
              detail={t("kpi.ahtDetail")}
              ltr
            />
            <Kpi
              testId="metric-attempts-per-confirmed"
              label={t("kpi.attemptsPerConfirmed")}
              value={dec(metrics.kpis.attemptsPerConfirmed, 2)}
              detail={t("kpi.confirmedOrders", { count: n(metrics.kpis.confirmedOrders) })}
            />
            <Kpi
              testId="metric-waiting"
              label={t("kpi.waiting")}
              value={n(metrics.waiting.count)}
              detail={waitingNote(metrics.waiting)}
            />
            <Kpi
              testId="metric-oldest-age"
              label={t("kpi.oldestAge")}
              value={age(metrics.waiting.oldestAgeMs)}
              detail={t("kpi.oldestDetail")}
            />
          </dl>

          {metrics.agents && metrics.team && (
            <section className="space-y-2">
              <h2 className="text-lg font-semibold text-slate-900">{t("table.title")}</h2>
              <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
                <table className="table" data-testid="agent-metrics-table">
                  <thead>
                    <tr>
                      <th>{t("table.agent")}</th>
                      <th>{t("table.calls")}</th>
                      <th>{t("table.confirmed")}</th>
                      <th>{t("table.cancelled")}</th>
                      <th>{t("table.confirmationRate")}</th>
                      <th>{t("table.callsPerHour")}</th>
                      <th>{t("table.aht")}</th>
                      <th>{t("table.attemptsPerConfirmed")}</th>
                      <th>{t("table.waiting")}</th>
                      <th>{t("table.oldestAge")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {metrics.agents.map((r) => agentRow(r.agentId, "agent-metrics-row", r.name, r.figures, r.waiting))}
                    {!metrics.agents.length && (
                      <tr>
                        <td colSpan={10} className="text-center text-slate-500" data-testid="agent-metrics-empty">
                          {t("table.none")}
                        </td>
                      </tr>
                    )}
                  </tbody>
                  <tfoot>
                    {agentRow(
                      "team",
                      "agent-metrics-team",
                      t("table.team"),
                      metrics.team.figures,
                      metrics.team.waiting,
                      true,
                    )}
                  </tfoot>
                </table>
              </div>
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
              <div className="mt-2 overflow-x-auto">
                <table className="table" data-testid="daily-metrics-table">
                  <thead>
                    <tr>
                      <th>{t("charts.day")}</th>
                      <th>{t("charts.calls")}</th>
                      <th>{t("charts.confirmed")}</th>
                      <th>{t("charts.cancelled")}</th>
                      <th>{t("charts.confirmationRate")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {metrics.daily.map((d) => (
                      <tr key={d.day} data-testid="daily-metrics-row" data-day={d.day}>
                        <td className="tabular-nums">{format.dateTime(dayDate(d.day), { dateStyle: "medium" })}</td>
                        <td className="tabular-nums">{n(d.calls)}</td>
                        <td className="tabular-nums">{n(d.confirmed)}</td>
                        <td className="tabular-nums">{n(d.cancelled)}</td>
                        <td className="tabular-nums">{pct(d.confirmationRate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
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

  function agentRow(key: string, testId: string, name: string, f: MetricFigures, w: WaitingFigures, strong = false) {
    return (
      <tr key={key} data-testid={testId} className={strong ? "bg-slate-50 font-semibold" : undefined}>
        <td>{name}</td>
        <td className="tabular-nums">{n(f.calls)}</td>
        <td className="tabular-nums">{n(f.confirmed)}</td>
        <td className="tabular-nums">{n(f.cancelled)}</td>
        <td className="tabular-nums" data-testid="row-confirmation-rate">
          {pct(f.confirmationRate)}
        </td>
        <td className="tabular-nums" data-testid="row-calls-per-hour">
          {dec(f.callsPerHour)}
          {f.hoursBasis === "calls" && (
            <span className="ms-1 text-slate-400" title={t("table.fallbackNote")}>
              *
            </span>
          )}
        </td>
        <td className="tabular-nums">
          <span dir="ltr">{aht(f.ahtSec)}</span>
        </td>
        <td className="tabular-nums">{dec(f.attemptsPerConfirmed, 2)}</td>
        <td className="tabular-nums">
          {n(w.count)}
          {w.unassigned !== null && w.unassigned > 0 && (
            <span className="ms-1 text-slate-500">({t("kpi.waitingUnassigned", { count: n(w.unassigned) })})</span>
          )}
        </td>
        <td className="tabular-nums">{age(w.oldestAgeMs, "row-oldest-age")}</td>
      </tr>
    );
  }
}

function Kpi({
  testId,
  label,
  value,
  detail,
  ltr,
}: {
  testId: string;
  label: string;
  value: React.ReactNode;
  detail?: string;
  ltr?: boolean;
}) {
  return (
    <div className="card" data-testid={testId}>
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold tabular-nums text-slate-900" data-testid={`${testId}-value`}>
        {ltr ? (
          <span dir="ltr" className="inline-block">
            {value}
          </span>
        ) : (
          value
        )}
      </dd>
      {detail && <dd className="mt-1 text-xs text-slate-500">{detail}</dd>}
    </div>
  );
}

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** A UAE day ("YYYY-MM-DD") as an instant inside it, for the formatter (time zone Asia/Dubai). */
function dayDate(day: string): Date {
  return new Date(`${day}T12:00:00+04:00`);
}
