import { getTranslations } from "next-intl/server";
import { Kpi, KpiGrid } from "@/components/ui/kpi";
import { PageHeader } from "@/components/ui/page-header";
import type { Tone } from "@/lib/ui/tone";

export type Stat = { key: string; label: string; value: number; tone?: Tone; href?: string };

/**
 * A role's home: live counts from the database (scoped to the actor), and an honest note
 * about what this module's screens will add. Never invented figures.
 */
export async function ModuleDashboard({ dashboard, stats }: { dashboard: string; stats: Stat[] }) {
  const t = await getTranslations("dashboards");
  return (
    <div data-testid={`dashboard-${dashboard}`}>
      <PageHeader title={t(`${dashboard}.title`)} subtitle={t(`${dashboard}.subtitle`)} />
      <KpiGrid>
        {stats.map((s) => (
          <Kpi key={s.key} testId={`stat-${s.key}`} label={s.label} value={s.value} tone={s.tone} href={s.href} />
        ))}
      </KpiGrid>
      <div className="card mt-6 text-sm text-slate-600" data-testid="module-note">
        <p>{t(`${dashboard}.empty`)}</p>
      </div>
    </div>
  );
}
