import { getLocale } from "next-intl/server";

export type Stat = { key: string; label: string; value: number; tone?: "default" | "warn" | "alert" };

export async function StatGrid({ stats }: { stats: Stat[] }) {
  const locale = await getLocale();
  const fmt = new Intl.NumberFormat(locale === "ar" ? "ar-AE" : "en-AE");
  const tones = { default: "text-slate-900", warn: "text-amber-700", alert: "text-red-700" };
  return (
    <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
      {stats.map((s) => (
        <div key={s.key} className="card" data-testid={`stat-${s.key}`}>
          <dt className="text-sm text-slate-500">{s.label}</dt>
          <dd className={`mt-1 text-3xl font-semibold tabular-nums ${tones[s.tone ?? "default"]}`}>
            {fmt.format(s.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
