import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ProductImport } from "@/components/products/product-import";
import { requirePagePermission } from "@/lib/auth/guards";

export default async function ProductImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  await requirePagePermission(locale, "products.manage_own");
  const t = await getTranslations("productImport");
  return (
    <div className="max-w-5xl">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <ProductImport />
    </div>
  );
}
