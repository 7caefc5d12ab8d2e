import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { BadgeGroup } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePagePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import { listProducts, PRODUCT_STATUS_FILTERS, ZListProductsInput } from "@/lib/products/list-products";
import { productStatuses } from "@/lib/products/product-status";

export default async function SellerProductsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "products.manage_own");
  const filters = ZListProductsInput.parse(sp);
  const [page, t] = await Promise.all([listProducts(actor, filters), getTranslations("products")]);
  const name = (p: { nameEn: string; nameAr: string }) => (locale === "ar" ? p.nameAr : p.nameEn);
  return (
    <div>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          <div className="flex gap-2">
            <Link href="/seller/products/import" className="btn-secondary" data-testid="import-products">
              {t("import")}
            </Link>
            <Link href="/seller/products/new" className="btn-primary" data-testid="new-product">
              {t("new")}
            </Link>
          </div>
        }
      />
      <div className="mb-4">
        <FilterBar resetHref="/seller/products" applyLabel={t("filter")}>
          <FilterText
            name="q"
            label={t("search")}
            defaultValue={filters.q}
            placeholder={t("searchPlaceholder")}
            testId="product-search"
            className="md:col-span-2"
          />
          <FilterSelect
            name="status"
            label={t("statusLabel")}
            defaultValue={filters.status}
            allLabel={t("allActive")}
            options={PRODUCT_STATUS_FILTERS.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            testId="status-filter"
          />
        </FilterBar>
      </div>
      <DataTable
        testId="products-table"
        rows={page.rows}
        rowKey={(p) => p.id}
        rowProps={(p) => ({ "data-testid": "product-row", "data-sku": p.sku })}
        empty={t("none")}
        page={page}
        basePath="/seller/products"
        query={{ q: filters.q, status: filters.status }}
        columns={[
          {
            key: "sku",
            header: t("sku"),
            ltr: true,
            className: "font-mono text-xs",
            cell: (p) => <span data-testid="product-sku">{p.sku}</span>,
          },
          {
            key: "name",
            header: t("name"),
            cell: (p) => (
              <Link href={`/seller/products/${p.id}`} className="font-medium text-brand-700 hover:underline">
                {name(p)}
              </Link>
            ),
          },
          { key: "category", header: t("category"), cell: (p) => (p.category ? name(p.category) : "—") },
          {
            key: "price",
            header: t("sellingPrice"),
            align: "end",
            cell: (p) => formatFils(p.sellingPriceFils, locale),
          },
          {
            key: "status",
            header: t("statusLabel"),
            cell: (p) => (
              <>
                <BadgeGroup>
                  {productStatuses({
                    approval: p.approval,
                    archived: !!p.archivedAt,
                    deletionRequested: !!p.deletionRequestedAt,
                  }).map((s, i) => (
                    <StatusBadge
                      key={s}
                      family="product"
                      status={s}
                      data-testid={i ? "deletion-requested" : "product-status"}
                    />
                  ))}
                </BadgeGroup>
                {p.approval === "rejected" && p.rejectionReason && (
                  <p className="mt-1 text-xs text-red-700" data-testid="rejection-reason">
                    {p.rejectionReason}
                  </p>
                )}
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
