"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/lib/money/format-money";

/** Chart points carry fils as plain numbers (geometry only); labels are already translated. */
export type ChartPoint = { label: string; fils: number };
export type PayoutChartPoint = { label: string; requested: number; approved: number; paid: number };

const COLORS = {
  bar: "#2563eb",
  cod: "#d97706",
  refund: "#7c3aed",
  requested: "#94a3b8",
  approved: "#0ea5e9",
  paid: "#059669",
  grid: "#e2e8f0",
};
const HEIGHT = 260;

/**
 * Fees by type, COD outstanding (couriers and companies), payouts by seller and refunds by
 * status. The SVG is laid out left-to-right (SVG text anchoring does not follow `dir`); in
 * Arabic the category axis is reversed and the value axis sits on the right.
 */
export function FinanceReportCharts({
  fees,
  cod,
  payouts,
  refunds,
}: {
  fees: ChartPoint[];
  cod: ChartPoint[];
  payouts: PayoutChartPoint[];
  refunds: ChartPoint[];
}) {
  const t = useTranslations("financeReports.charts");
  const locale = useLocale();
  const rtl = locale === "ar";
  const money = (v: unknown) => formatMoney(Math.round(Number(v)), "AED", locale);
  // Axis ticks in whole AED keep the axis narrow; tooltips show the exact amount.
  const axisMoney = (v: unknown) =>
    new Intl.NumberFormat(rtl ? "ar-AE" : "en-AE", { notation: "compact" }).format(Math.round(Number(v) / 100));
  const yAxis = {
    orientation: rtl ? ("right" as const) : ("left" as const),
    width: 56,
    tickFormatter: axisMoney,
    tick: { fontSize: 12 },
  };
  const direction = rtl ? ("rtl" as const) : ("ltr" as const);
  const tooltip = {
    contentStyle: { direction },
    wrapperStyle: { direction },
    formatter: (v: unknown, name: unknown) => [money(v), String(name)] as [string, string],
  };
  const legend = { wrapperStyle: { direction, fontSize: 12 } };
  const xAxis = { dataKey: "label", reversed: rtl, tick: { fontSize: 12 }, interval: 0 as const };

  const single = (testId: string, title: string, data: ChartPoint[], color: string) => (
    <figure className="card" data-testid={testId}>
      <figcaption className="mb-2 text-sm font-medium text-slate-700">{title}</figcaption>
      {data.length ? (
        <div dir="ltr">
          <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 480, height: HEIGHT }}>
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
              <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" vertical={false} />
              <XAxis {...xAxis} />
              <YAxis {...yAxis} />
              <Tooltip {...tooltip} />
              <Bar dataKey="fils" name={t("amount")} fill={color} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <p className="py-8 text-center text-sm text-slate-500" data-testid={`${testId}-empty`}>
          {t("noData")}
        </p>
      )}
    </figure>
  );

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {single("chart-fees", t("fees"), fees, COLORS.bar)}
      {single("chart-cod", t("cod"), cod, COLORS.cod)}
      <figure className="card" data-testid="chart-payouts">
        <figcaption className="mb-2 text-sm font-medium text-slate-700">{t("payouts")}</figcaption>
        {payouts.length ? (
          <div dir="ltr">
            <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 480, height: HEIGHT }}>
              <BarChart data={payouts} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
                <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" vertical={false} />
                <XAxis {...xAxis} />
                <YAxis {...yAxis} />
                <Tooltip {...tooltip} />
                <Legend {...legend} />
                <Bar dataKey="requested" name={t("requested")} fill={COLORS.requested} isAnimationActive={false} />
                <Bar dataKey="approved" name={t("approved")} fill={COLORS.approved} isAnimationActive={false} />
                <Bar dataKey="paid" name={t("paid")} fill={COLORS.paid} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        ) : (
          <p className="py-8 text-center text-sm text-slate-500" data-testid="chart-payouts-empty">
            {t("noData")}
          </p>
        )}
      </figure>
      {single("chart-refunds", t("refunds"), refunds, COLORS.refund)}
    </div>
  );
}
