import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { BadgeGroup } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePagePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import { listProducts, PRODUCT_STATUS_FILTERS } from "@/lib/products/list-products";
import { productStatuses } from "@/lib/products/product-status";

type Search = { q?: string; status?: string; page?: string };

export default async function SellerProductsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "products.manage_own");
  const [page, t] = await Promise.all([
    listProducts(actor, { q: sp.q, status: sp.status as never, page: sp.page as never }),
    getTranslations("products"),
  ]);
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
      <form className="card mb-4 grid gap-3 md:grid-cols-4" method="get" role="search">
        <input
          name="q"
          defaultValue={sp.q ?? ""}
          placeholder={t("searchPlaceholder")}
          aria-label={t("search")}
          className="input md:col-span-2"
          data-testid="product-search"
        />
        <select
          name="status"
          defaultValue={sp.status ?? ""}
          aria-label={t("statusLabel")}
          className="input"
          data-testid="status-filter"
        >
          <option value="">{t("allActive")}</option>
          {PRODUCT_STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <div>
          <button type="submit" className="btn-secondary">
            {t("filter")}
          </button>
        </div>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="products-table">
          <thead>
            <tr>
              <th>{t("sku")}</th>
              <th>{t("name")}</th>
              <th>{t("category")}</th>
              <th>{t("sellingPrice")}</th>
              <th>{t("statusLabel")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((p) => (
              <tr key={p.id} data-testid="product-row" data-sku={p.sku}>
                <td dir="ltr" className="text-start font-mono text-xs">
                  <span data-testid="product-sku">{p.sku}</span>
                </td>
                <td>
                  <Link href={`/seller/products/${p.id}`} className="font-medium text-brand-700 hover:underline">
                    {name(p)}
                  </Link>
                </td>
                <td>{p.category ? name(p.category) : "—"}</td>
                <td className="tabular-nums">{formatFils(p.sellingPriceFils, locale)}</td>
                <td>
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
                </td>
              </tr>
            ))}
            {!page.rows.length && (
              <tr>
                <td colSpan={5} className="text-center text-slate-500">
                  {t("none")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        total={page.total}
        basePath="/seller/products"
        query={{ q: sp.q, status: sp.status }}
      />
    </div>
  );
}
