import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { InventoryNav } from "@/components/inventory/inventory-nav";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { listLowStock } from "@/lib/inventory/list-low-stock";
import { scopedWarehouses } from "@/lib/inventory/scope";

export default async function LowStockPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ warehouseId?: string; page?: string }>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "inventory.view");
  const warehouses = await scopedWarehouses(actor);
  const warehouseId = warehouses.some((w) => w.id === sp.warehouseId) ? sp.warehouseId : undefined;
  const [page, t, format] = await Promise.all([
    listLowStock(actor, { warehouseId, page: sp.page }),
    getTranslations("inventory"),
    getFormatter(),
  ]);

  return (
    <div className="space-y-6" data-testid="inventory-low-stock">
      <PageHeader title={t("lowStock.title")} subtitle={t("lowStock.subtitle")} />
      <InventoryNav current="lowStock" />
      <form className="card flex flex-wrap items-end gap-3" method="get">
        <select
          name="warehouseId"
          defaultValue={warehouseId ?? ""}
          aria-label={t("stock.warehouse")}
          className="input max-w-xs"
        >
          <option value="">{t("stock.allWarehouses")}</option>
          {warehouses.map((w) => (
            <option key={w.id} value={w.id}>
              {w.code} · {locale === "ar" ? w.nameAr : w.nameEn}
            </option>
          ))}
        </select>
        <button type="submit" className="btn-secondary">
          {t("stock.apply")}
        </button>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="low-stock-table">
          <thead>
            <tr>
              <th>{t("columns.sku")}</th>
              <th>{t("columns.product")}</th>
              <th>{t("columns.warehouse")}</th>
              <th>{t("columns.available")}</th>
              <th>{t("levels.min")}</th>
              <th>{t("levels.max")}</th>
              <th>{t("lowStock.since")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((a) => (
              <tr key={a.id} data-testid="low-stock-row" data-sku={a.product.sku}>
                <td dir="ltr">
                  <Link
                    href={`/warehouse/inventory/products/${a.product.id}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {a.product.sku}
                  </Link>
                </td>
                <td>{locale === "ar" ? a.product.nameAr : a.product.nameEn}</td>
                <td dir="ltr">{a.warehouse?.code ?? "—"}</td>
                <td className="tabular-nums font-semibold text-red-700" data-testid="low-stock-available">
                  {a.availableQty}
                </td>
                <td className="tabular-nums" data-testid="low-stock-min">
                  {a.minStock}
                </td>
                <td className="tabular-nums">{a.product.maxStock ?? "—"}</td>
                <td className="whitespace-nowrap">
                  {format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Dubai" })}
                </td>
              </tr>
            ))}
            {!page.rows.length && (
              <tr>
                <td colSpan={7} className="text-center text-slate-500" data-testid="low-stock-empty">
                  {t("lowStock.empty")}
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
        basePath="/warehouse/inventory/low-stock"
        query={{ warehouseId }}
      />
    </div>
  );
}
