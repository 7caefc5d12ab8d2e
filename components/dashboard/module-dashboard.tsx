import { getTranslations } from "next-intl/server";
import { PageHeader } from "./page-header";
import { StatGrid, type Stat } from "./stat-grid";

/**
 * A role's home: live counts from the database (scoped to the actor), and an honest note
 * about what this module's screens will add. Never invented figures.
 */
export async function ModuleDashboard({ dashboard, stats }: { dashboard: string; stats: Stat[] }) {
  const t = await getTranslations("dashboards");
  return (
    <div data-testid={`dashboard-${dashboard}`}>
      <PageHeader title={t(`${dashboard}.title`)} subtitle={t(`${dashboard}.subtitle`)} />
      <StatGrid stats={stats} />
      <div className="card mt-6 text-sm text-slate-600" data-testid="module-note">
        <p>{t(`${dashboard}.empty`)}</p>
      </div>
    </div>
  );
}
