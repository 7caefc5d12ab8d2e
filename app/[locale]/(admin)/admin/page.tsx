import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Kpi, KpiGrid } from "@/components/ui/kpi";
import { AuditTable } from "@/components/admin/audit-table";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { listAudit } from "@/lib/audit/list-audit";
import { userStats } from "@/lib/users/user-stats";

export default async function AdminDashboard({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "users.view");
  const [s, t, recent] = await Promise.all([
    userStats(actor),
    getTranslations("dashboards.admin"),
    can(actor, "audit.view") ? listAudit(actor, { page: 1 }) : null,
  ]);
  return (
    <div data-testid="dashboard-admin">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <KpiGrid>
        <Kpi testId="stat-active" label={t("stats.active")} value={s.active} />
        <Kpi
          testId="stat-pendingApproval"
          label={t("stats.pendingApproval")}
          value={s.pendingApproval}
          tone={s.pendingApproval ? "warning" : "neutral"}
          href={s.pendingApproval ? "/admin/users?status=pending_approval" : undefined}
        />
        <Kpi testId="stat-locked" label={t("stats.locked")} value={s.locked} tone={s.locked ? "danger" : "neutral"} />
        <Kpi testId="stat-openSessions" label={t("stats.openSessions")} value={s.openSessions} />
      </KpiGrid>
      {recent && (
        <section className="mt-8">
          <h2 className="mb-3 text-lg font-semibold">{t("recentActivity")}</h2>
          <AuditTable rows={recent.rows.slice(0, 10)} />
        </section>
      )}
    </div>
  );
}
