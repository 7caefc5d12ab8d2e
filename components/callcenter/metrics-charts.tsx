"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type MetricsChartDay = { day: string; calls: number; confirmed: number; confirmationRate: number | null };

const COLORS = { calls: "#94a3b8", confirmed: "#059669", rate: "#2563eb", grid: "#e2e8f0" };
const HEIGHT = 260;

/**
 * Calls & confirmations per day (bars) and the confirmation rate per day (line). The SVG is
 * laid out left-to-right (SVG text anchoring does not follow `dir`); in Arabic the X axis is
 * reversed and the Y axis sits on the right, so time runs right to left like the page.
 */
export function MetricsCharts({ days }: { days: MetricsChartDay[] }) {
  const t = useTranslations("ccMetrics.charts");
  const format = useFormatter();
  const rtl = useLocale() === "ar";
  // Noon in Dubai: the day label cannot slip to a neighbouring day in any time zone setting.
  const dayLabel = (day: unknown) =>
    format.dateTime(new Date(`${String(day)}T12:00:00+04:00`), { day: "numeric", month: "short" });
  const num = (v: unknown) => format.number(Number(v));
  const pct = (v: unknown) => format.number(Number(v), { style: "percent", maximumFractionDigits: 1 });
  const yAxis = { orientation: rtl ? ("right" as const) : ("left" as const), width: 48 };
  const direction = rtl ? ("rtl" as const) : ("ltr" as const);
  const tooltip = { labelFormatter: dayLabel, contentStyle: { direction }, wrapperStyle: { direction } };
  const legend = { wrapperStyle: { direction, fontSize: 12 } };

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <figure className="card" data-testid="chart-calls-per-day">
        <figcaption className="mb-2 text-sm font-medium text-slate-700">{t("callsPerDay")}</figcaption>
        <div dir="ltr">
          <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 480, height: HEIGHT }}>
            <BarChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
              <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" tickFormatter={dayLabel} reversed={rtl} tick={{ fontSize: 12 }} />
              <YAxis {...yAxis} allowDecimals={false} tickFormatter={num} tick={{ fontSize: 12 }} />
              <Tooltip {...tooltip} formatter={(v, name) => [num(v), name]} />
              <Legend {...legend} />
              <Bar dataKey="calls" name={t("calls")} fill={COLORS.calls} isAnimationActive={false} />
              <Bar dataKey="confirmed" name={t("confirmed")} fill={COLORS.confirmed} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="card" data-testid="chart-confirmation-rate">
        <figcaption className="mb-2 text-sm font-medium text-slate-700">{t("ratePerDay")}</figcaption>
        <div dir="ltr">
          <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 480, height: HEIGHT }}>
            <LineChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
              <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" tickFormatter={dayLabel} reversed={rtl} tick={{ fontSize: 12 }} />
              <YAxis
                {...yAxis}
                domain={[0, 1]}
                ticks={[0, 0.25, 0.5, 0.75, 1]}
                tickFormatter={pct}
                tick={{ fontSize: 12 }}
              />
              <Tooltip {...tooltip} formatter={(v, name) => [v === null || v === undefined ? "—" : pct(v), name]} />
              <Legend {...legend} />
              {/* Days without a decided call have no rate: a gap, not a zero. */}
              <Line
                dataKey="confirmationRate"
                name={t("confirmationRate")}
                stroke={COLORS.rate}
                strokeWidth={2}
                dot={{ r: 3 }}
                connectNulls={false}
                isAnimationActive={false}
                type="monotone"
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
