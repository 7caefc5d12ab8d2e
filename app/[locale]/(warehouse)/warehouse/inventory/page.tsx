import { getTranslations } from "next-intl/server";
import { ModuleDashboard } from "@/components/dashboard/module-dashboard";
import { requirePagePermission } from "@/lib/auth/guards";
import { inventoryCounts } from "@/lib/dashboard/module-counts";

export default async function InventoryDashboard({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "inventory.view");
  const [c, t] = await Promise.all([inventoryCounts(actor), getTranslations("dashboards.inventory.stats")]);
  return (
    <ModuleDashboard
      dashboard="inventory"
      stats={[
        { key: "warehouses", label: t("warehouses"), value: c.warehouses },
        { key: "bins", label: t("bins"), value: c.bins },
        { key: "lowStock", label: t("lowStock"), value: c.lowStock, tone: c.lowStock ? "warn" : "default" },
      ]}
    />
  );
}
