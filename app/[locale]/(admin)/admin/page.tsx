import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/dashboard/page-header";
import { StatGrid } from "@/components/dashboard/stat-grid";
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
      <StatGrid
        stats={[
          { key: "active", label: t("stats.active"), value: s.active },
          {
            key: "pendingApproval",
            label: t("stats.pendingApproval"),
            value: s.pendingApproval,
            tone: s.pendingApproval ? "warn" : "default",
          },
          { key: "locked", label: t("stats.locked"), value: s.locked, tone: s.locked ? "alert" : "default" },
          { key: "openSessions", label: t("stats.openSessions"), value: s.openSessions },
        ]}
      />
      {recent && (
        <section className="mt-8">
          <h2 className="mb-3 text-lg font-semibold">{t("recentActivity")}</h2>
          <AuditTable rows={recent.rows.slice(0, 10)} />
        </section>
      )}
    </div>
  );
}
