import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ProductForm } from "@/components/products/product-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { listCategories } from "@/lib/products/list-categories";

export default async function NewProductPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "products.manage_own");
  const [categories, t] = await Promise.all([listCategories(actor), getTranslations("products")]);
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("newTitle")} subtitle={t("newSubtitle")} />
      <ProductForm categories={categories.map((c) => ({ id: c.id, name: locale === "ar" ? c.nameAr : c.nameEn }))} />
    </div>
  );
}
