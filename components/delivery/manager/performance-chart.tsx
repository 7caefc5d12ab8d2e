"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type SuccessBar = { name: string; successRate: number | null };

const HEIGHT = 260;

/**
 * Success rate per courier or company (bars). The SVG is laid out left-to-right; in Arabic
 * the X axis is reversed and the Y axis sits on the right, like the callcenter charts.
 */
export function SuccessRateChart({ title, rows, testId }: { title: string; rows: SuccessBar[]; testId: string }) {
  const t = useTranslations("delivery.performance");
  const format = useFormatter();
  const rtl = useLocale() === "ar";
  const pct = (v: unknown) => format.number(Number(v), { style: "percent", maximumFractionDigits: 1 });
  const direction = rtl ? ("rtl" as const) : ("ltr" as const);
  return (
    <figure className="card" data-testid={testId}>
      <figcaption className="mb-2 text-sm font-medium text-slate-700">{title}</figcaption>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noData")}</p>
      ) : (
        <div dir="ltr">
          <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 480, height: HEIGHT }}>
            <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
              <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" reversed={rtl} tick={{ fontSize: 12 }} interval={0} />
              <YAxis
                orientation={rtl ? "right" : "left"}
                width={48}
                domain={[0, 1]}
                ticks={[0, 0.25, 0.5, 0.75, 1]}
                tickFormatter={pct}
                tick={{ fontSize: 12 }}
              />
              <Tooltip
                formatter={(v) => [v === null || v === undefined ? "—" : pct(v), t("successRate")]}
                contentStyle={{ direction }}
                wrapperStyle={{ direction }}
              />
              <Bar dataKey="successRate" name={t("successRate")} fill="#059669" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
