import { getTranslations } from "next-intl/server";
import { ModuleDashboard } from "@/components/dashboard/module-dashboard";
import { requirePagePermission } from "@/lib/auth/guards";
import { sourcingCounts } from "@/lib/dashboard/module-counts";

export default async function SourcingDashboard({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "sourcing.suppliers.manage", "sourcing.requests.approve");
  const [c, t] = await Promise.all([sourcingCounts(actor), getTranslations("dashboards.sourcing.stats")]);
  return (
    <ModuleDashboard
      dashboard="sourcing"
      stats={[
        { key: "activeSuppliers", label: t("activeSuppliers"), value: c.activeSuppliers },
        { key: "submitted", label: t("submitted"), value: c.submitted },
        { key: "approved", label: t("approved"), value: c.approved },
        { key: "ordered", label: t("ordered"), value: c.ordered },
      ]}
    />
  );
}
