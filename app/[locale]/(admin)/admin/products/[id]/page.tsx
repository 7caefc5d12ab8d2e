import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ProductDecisionPanel } from "@/components/products/product-decision-panel";
import { BadgeGroup } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { formatFils } from "@/lib/money/parse-aed";
import { getProduct } from "@/lib/products/get-product";
import { productStatuses } from "@/lib/products/product-status";

export default async function AdminProductPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const actor = await requirePagePermission(locale, "products.approve");
  const product = await getProduct(actor, id).catch((e) =>
    isAppError(e) && e.code === "not_found" ? notFound() : Promise.reject(e),
  );
  const [t, tp, format] = await Promise.all([
    getTranslations("productApprovals"),
    getTranslations("products"),
    getFormatter(),
  ]);
  const archived = !!product.archivedAt;
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        title={product.nameEn}
        subtitle={product.nameAr}
        breadcrumbs={[{ label: t("title"), href: "/admin/products" }]}
      />
      <dl className="card grid gap-3 text-sm sm:grid-cols-3" data-testid="product-detail">
        <div>
          <dt className="text-slate-500">{tp("sku")}</dt>
          <dd dir="ltr" className="text-start font-mono">
            {product.sku}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{tp("barcode")}</dt>
          <dd dir="ltr" className="text-start font-mono">
            {product.barcode}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{tp("statusLabel")}</dt>
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
        <div>
          <dt className="text-slate-500">{t("seller")}</dt>
          <dd>
            {product.seller.companyName} <span dir="ltr">({product.seller.code})</span>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{tp("category")}</dt>
          <dd>{product.category ? (locale === "ar" ? product.category.nameAr : product.category.nameEn) : "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{tp("weightGrams")}</dt>
          <dd className="tabular-nums">{product.weightGrams}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{tp("sellingPrice")}</dt>
          <dd className="tabular-nums">{formatFils(product.sellingPriceFils, locale)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{tp("purchasePrice")}</dt>
          <dd className="tabular-nums" data-testid="purchase-price">
            {formatFils(product.purchasePriceFils, locale)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("submitted")}</dt>
          <dd>{format.dateTime(product.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
        </div>
        {product.rejectionReason && (
          <div className="sm:col-span-3">
            <dt className="text-slate-500">{tp("rejectionReason")}</dt>
            <dd>{product.rejectionReason}</dd>
          </div>
        )}
        {product.deletionRequestedAt && (
          <div className="sm:col-span-3">
            <dt className="text-slate-500">{t("deletionReason")}</dt>
            <dd>{product.deletionReason}</dd>
          </div>
        )}
      </dl>
      <section className="card">
        <h2 className="mb-2 font-semibold">{t("images")}</h2>
        {product.images.length ? (
          <ul className="flex flex-wrap gap-3">
            {product.images.map((img) => (
              <li key={img.id}>
                {/* A plain img: the bytes come from the authorized file route, not a static asset. */}
                <img
                  src={`/api/files/${img.fileId}`}
                  alt={product.nameEn}
                  className="h-32 w-32 rounded border border-slate-200 object-cover"
                  data-testid="product-image"
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">{t("noImages")}</p>
        )}
      </section>
      {!archived && (
        <ProductDecisionPanel
          productId={product.id}
          pending={product.approval === "pending"}
          deletionRequested={!!product.deletionRequestedAt}
        />
      )}
    </div>
  );
}
