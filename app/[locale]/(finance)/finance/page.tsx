import { getTranslations } from "next-intl/server";
import { ModuleDashboard } from "@/components/dashboard/module-dashboard";
import { requirePagePermission } from "@/lib/auth/guards";
import { financeCounts } from "@/lib/dashboard/module-counts";

export default async function FinanceDashboard({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "finance.reports", "finance.statements.view_all");
  const [c, t] = await Promise.all([financeCounts(actor), getTranslations("dashboards.finance.stats")]);
  return (
    <ModuleDashboard
      dashboard="finance"
      stats={[
        { key: "payoutsRequested", label: t("payoutsRequested"), value: c.payoutsRequested },
        { key: "payoutsApproved", label: t("payoutsApproved"), value: c.payoutsApproved },
        { key: "openHandovers", label: t("openHandovers"), value: c.openHandovers },
        { key: "draftInvoices", label: t("draftInvoices"), value: c.draftInvoices },
      ]}
    />
  );
}
