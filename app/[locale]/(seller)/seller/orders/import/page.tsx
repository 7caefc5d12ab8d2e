import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { OrderImport } from "@/components/orders/order-import";
import { requirePagePermission } from "@/lib/auth/guards";

export default async function ImportOrdersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  await requirePagePermission(locale, "orders.import");
  const t = await getTranslations("orderImport");
  return (
    <div className="max-w-5xl">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <OrderImport />
    </div>
  );
}
