import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { ProductForm } from "@/components/products/product-form";
import { BadgeGroup } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { DeletionRequestForm } from "@/components/products/deletion-request-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { filsToAedInput } from "@/lib/money/parse-aed";
import { getProduct } from "@/lib/products/get-product";
import { productStatuses } from "@/lib/products/product-status";
import { listCategories } from "@/lib/products/list-categories";

export default async function SellerProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { locale, id } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "products.manage_own");
  // Staff who may view every catalogue still edit only their own products here.
  const product = await getProduct(actor, id, { ownOnly: true }).catch((e) =>
    isAppError(e) && e.code === "not_found" ? notFound() : Promise.reject(e),
  );
  const [categories, t, format] = await Promise.all([
    listCategories(actor),
    getTranslations("products"),
    getFormatter(),
  ]);
  const archived = !!product.archivedAt;
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader title={locale === "ar" ? product.nameAr : product.nameEn} />
      {sp.created && (
        <Alert kind="success" testId="product-created">
          {t("created")}
        </Alert>
      )}
      <dl className="card grid gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-500">{t("sku")}</dt>
          <dd dir="ltr" className="text-start font-mono" data-testid="product-sku">
            {product.sku}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("barcode")}</dt>
          <dd dir="ltr" className="text-start font-mono" data-testid="product-barcode">
            {product.barcode}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("statusLabel")}</dt>
          <dd>
            <BadgeGroup>
              {productStatuses({
                approval: product.approval,
                archived,
                deletionRequested: !!product.deletionRequestedAt,
              }).map((s, i) => (
                <StatusBadge
                  key={s}
                  family="product"
                  status={s}
                  data-testid={i ? "deletion-requested" : "product-status"}
                />
              ))}
            </BadgeGroup>
          </dd>
        </div>
        {product.approval === "rejected" && product.rejectionReason && (
          <div className="sm:col-span-3">
            <dt className="text-slate-500">{t("rejectionReason")}</dt>
            <dd className="text-red-700" data-testid="rejection-reason">
              {product.rejectionReason}
            </dd>
          </div>
        )}
        {product.deletionRequestedAt && !archived && (
          <div className="sm:col-span-3">
            <dt className="text-slate-500">
              {t("deletionRequestedOn", {
                date: format.dateTime(product.deletionRequestedAt, { dateStyle: "medium" }),
              })}
            </dt>
            <dd>{product.deletionReason}</dd>
          </div>
        )}
      </dl>
      {archived ? (
        <Alert kind="info" testId="archived-notice">
          {t("archivedNotice")}
        </Alert>
      ) : (
        <>
          {product.approval === "rejected" && <Alert kind="info">{t("resubmitNotice")}</Alert>}
          <ProductForm
            categories={categories.map((c) => ({ id: c.id, name: locale === "ar" ? c.nameAr : c.nameEn }))}
            product={{
              id: product.id,
              approval: product.approval,
              images: product.images,
              values: {
                nameEn: product.nameEn,
                nameAr: product.nameAr,
                categoryId: product.categoryId ?? "",
                sellingPrice: filsToAedInput(product.sellingPriceFils),
                purchasePrice: filsToAedInput(product.purchasePriceFils),
                weightGrams: String(product.weightGrams),
                barcode: product.barcode === product.sku ? "" : product.barcode,
              },
            }}
          />
          {!product.deletionRequestedAt && <DeletionRequestForm productId={product.id} />}
        </>
      )}
    </div>
  );
}
