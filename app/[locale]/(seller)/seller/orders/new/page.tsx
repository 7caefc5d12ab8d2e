import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { OrderForm } from "@/components/orders/order-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { listOrderableProducts } from "@/lib/orders/list-orderable-products";

export default async function NewOrderPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "orders.create");
  const [products, t] = await Promise.all([listOrderableProducts(actor), getTranslations("orders")]);
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("newTitle")} subtitle={t("newSubtitle")} />
      <OrderForm products={products} />
    </div>
  );
}
