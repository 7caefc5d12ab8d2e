import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { InventoryNav } from "@/components/inventory/inventory-nav";
import { StockMovementForms } from "@/components/inventory/stock-movement-forms";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { binChoices } from "@/lib/inventory/list-bins";
import { listStock } from "@/lib/inventory/list-stock";
import { scopedWarehouses } from "@/lib/inventory/scope";

type Search = { warehouseId?: string; q?: string; page?: string };

export default async function InventoryStockPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "inventory.view");
  const filters = { warehouseId: sp.warehouseId || undefined, q: sp.q || undefined };
  const [warehouses, bins, t] = await Promise.all([
    scopedWarehouses(actor),
    binChoices(actor),
    getTranslations("inventory"),
  ]);
  // A warehouse id outside the actor's scope in the URL is simply ignored here (the list shows all of theirs).
  const warehouseId = warehouses.some((w) => w.id === filters.warehouseId) ? filters.warehouseId : undefined;
  const page = await listStock(actor, { ...filters, warehouseId, page: sp.page });
  const modes = (["receive", "transfer", "adjust"] as const).filter((m) => can(actor, `inventory.${m}`));
  const name = (p: { nameEn: string; nameAr: string }) => (locale === "ar" ? p.nameAr : p.nameEn);

  return (
    <div className="space-y-6" data-testid="dashboard-inventory">
      <PageHeader title={t("stock.title")} subtitle={t("stock.subtitle")} />
      <InventoryNav current="stock" />
      {warehouses.length === 0 && (
        <p className="card text-sm text-slate-600" data-testid="no-warehouses">
          {t("noWarehouses")}
        </p>
      )}
      {modes.length > 0 && bins.length > 0 && <StockMovementForms bins={bins} modes={[...modes]} />}

      <form className="card grid gap-3 md:grid-cols-4" method="get" role="search" data-testid="stock-filters">
        <select
          name="warehouseId"
          defaultValue={warehouseId ?? ""}
          aria-label={t("stock.warehouse")}
          className="input"
          data-testid="filter-warehouse"
        >
          <option value="">{t("stock.allWarehouses")}</option>
          {warehouses.map((w) => (
            <option key={w.id} value={w.id}>
              {w.code} · {locale === "ar" ? w.nameAr : w.nameEn}
            </option>
          ))}
        </select>
        <input
          name="q"
          defaultValue={filters.q ?? ""}
          placeholder={t("stock.search")}
          aria-label={t("stock.search")}
          className="input md:col-span-2"
          data-testid="filter-q"
        />
        <div className="flex gap-2">
          <button type="submit" className="btn-secondary" data-testid="apply-filters">
            {t("stock.apply")}
          </button>
          <Link href="/warehouse/inventory" className="btn-secondary">
            {t("stock.reset")}
          </Link>
        </div>
      </form>

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="stock-table">
          <thead>
            <tr>
              <th>{t("columns.sku")}</th>
              <th>{t("columns.product")}</th>
              <th>{t("columns.warehouse")}</th>
              <th>{t("columns.bin")}</th>
              <th>{t("columns.onHand")}</th>
              <th>{t("columns.reserved")}</th>
              <th>{t("columns.available")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr
                key={`${r.product.id}:${r.location.id}`}
                data-testid="stock-row"
                data-sku={r.product.sku}
                data-bin={r.location.code}
              >
                <td dir="ltr">
                  <Link
                    href={`/warehouse/inventory/products/${r.product.id}`}
                    className="font-medium text-brand-700 hover:underline"
                    data-testid="stock-product"
                  >
                    {r.product.sku}
                  </Link>
                </td>
                <td>{name(r.product)}</td>
                <td dir="ltr">{r.location.warehouse.code}</td>
                <td>
                  <span dir="ltr">{r.location.code}</span>{" "}
                  <span className="text-xs text-slate-500">{t(`kinds.${r.location.kind}`)}</span>
                </td>
                <td className="tabular-nums" data-testid="stock-onhand">
                  {r.onHand}
                </td>
                <td className="tabular-nums" data-testid="stock-reserved">
                  {r.reserved}
                </td>
                <td className="tabular-nums font-semibold" data-testid="stock-available">
                  {r.available}
                </td>
              </tr>
            ))}
            {!page.rows.length && (
              <tr>
                <td colSpan={7} className="text-center text-slate-500" data-testid="stock-empty">
                  {t("stock.empty")}
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
        basePath="/warehouse/inventory"
        query={{ ...filters, warehouseId }}
      />
    </div>
  );
}
