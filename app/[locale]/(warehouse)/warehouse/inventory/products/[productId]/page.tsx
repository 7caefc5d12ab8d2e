import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { InventoryNav } from "@/components/inventory/inventory-nav";
import { StockLevelsForm } from "@/components/inventory/stock-levels-form";
import { StockMovementForms } from "@/components/inventory/stock-movement-forms";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { getProductStock } from "@/lib/inventory/get-product-stock";
import { binChoices } from "@/lib/inventory/list-bins";
import { MOVEMENT_FILTER_KEYS } from "@/lib/inventory/list-stock.schema";
import { MOVEMENT_TYPES } from "@/lib/inventory/stock.schema";

type Search = Partial<Record<(typeof MOVEMENT_FILTER_KEYS)[number] | "page", string>>;

export default async function ProductStockPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; productId: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale, productId } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "inventory.view");
  const filters = Object.fromEntries(MOVEMENT_FILTER_KEYS.map((k) => [k, sp[k] || undefined])) as Record<
    (typeof MOVEMENT_FILTER_KEYS)[number],
    string | undefined
  >;
  let data;
  try {
    data = await getProductStock(actor, productId, { ...filters, page: sp.page });
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const [bins, t, format] = await Promise.all([binChoices(actor), getTranslations("inventory"), getFormatter()]);
  const { product, balances, movements } = data;
  const name = locale === "ar" ? product.nameAr : product.nameEn;
  const modes = (["receive", "transfer", "adjust"] as const).filter((m) => can(actor, `inventory.${m}`));
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Dubai" });
  const total = balances.reduce(
    (s, b) => ({
      onHand: s.onHand + b.onHand,
      reserved: s.reserved + b.reserved,
      available: s.available + b.available,
    }),
    { onHand: 0, reserved: 0, available: 0 },
  );
  const labelsHref = `/${locale}/warehouse/inventory/labels?products=${product.id}`;

  return (
    <div className="space-y-6" data-testid="inventory-product">
      <PageHeader
        title={name}
        subtitle={t("product.subtitle", { sku: product.sku, barcode: product.barcode })}
        actions={
          can(actor, "labels.print") || can(actor, "inventory.view") ? (
            <a href={labelsHref} className="btn-secondary" data-testid="product-label">
              {t("product.printLabel")}
            </a>
          ) : undefined
        }
      />
      <InventoryNav current={null} />

      <section className="card space-y-3">
        <h2 className="font-semibold">{t("product.balances")}</h2>
        <dl className="flex flex-wrap gap-6 text-sm" data-testid="product-totals">
          <div>
            <dt className="text-slate-500">{t("columns.onHand")}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid="total-onhand">
              {total.onHand}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("columns.reserved")}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid="total-reserved">
              {total.reserved}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("columns.available")}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid="total-available">
              {total.available}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("levels.min")}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid="product-min">
              {product.minStock ?? "—"}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("levels.max")}</dt>
            <dd className="text-xl font-semibold tabular-nums">{product.maxStock ?? "—"}</dd>
          </div>
        </dl>
        <table className="table" data-testid="balances-table">
          <thead>
            <tr>
              <th>{t("columns.warehouse")}</th>
              <th>{t("columns.bin")}</th>
              <th>{t("columns.onHand")}</th>
              <th>{t("columns.reserved")}</th>
              <th>{t("columns.available")}</th>
            </tr>
          </thead>
          <tbody>
            {balances.map((b) => (
              <tr key={b.location.id} data-testid="balance-row" data-bin={b.location.code}>
                <td dir="ltr">{b.location.warehouse.code}</td>
                <td>
                  <span dir="ltr">{b.location.code}</span>{" "}
                  <span className="text-xs text-slate-500">{t(`kinds.${b.location.kind}`)}</span>
                </td>
                <td className="tabular-nums" data-testid="balance-onhand">
                  {b.onHand}
                </td>
                <td className="tabular-nums" data-testid="balance-reserved">
                  {b.reserved}
                </td>
                <td className="tabular-nums font-semibold" data-testid="balance-available">
                  {b.available}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        {modes.length > 0 && bins.length > 0 && (
          <StockMovementForms
            bins={bins}
            modes={[...modes]}
            product={{ id: product.id, sku: product.sku, nameEn: product.nameEn, nameAr: product.nameAr }}
          />
        )}
        {can(actor, "inventory.adjust") && (
          <StockLevelsForm productId={product.id} minStock={product.minStock} maxStock={product.maxStock} />
        )}
      </div>

      <section className="space-y-3">
        <h2 className="font-semibold">{t("product.history")}</h2>
        <form className="card grid gap-3 md:grid-cols-5" method="get" role="search" data-testid="movement-filters">
          <select
            name="type"
            defaultValue={filters.type ?? ""}
            aria-label={t("product.type")}
            className="input"
            data-testid="filter-type"
          >
            <option value="">{t("product.allTypes")}</option>
            {MOVEMENT_TYPES.map((m) => (
              <option key={m} value={m}>
                {t(`types.${m}`)}
              </option>
            ))}
          </select>
          <select
            name="binId"
            defaultValue={filters.binId ?? ""}
            aria-label={t("columns.bin")}
            className="input"
            data-testid="filter-bin"
          >
            <option value="">{t("product.allBins")}</option>
            {balances.map((b) => (
              <option key={b.location.id} value={b.location.id}>
                {b.location.warehouse.code} · {b.location.code}
              </option>
            ))}
          </select>
          <input
            type="date"
            name="from"
            defaultValue={filters.from ?? ""}
            aria-label={t("product.from")}
            className="input"
            dir="ltr"
            data-testid="filter-from"
          />
          <input
            type="date"
            name="to"
            defaultValue={filters.to ?? ""}
            aria-label={t("product.to")}
            className="input"
            dir="ltr"
            data-testid="filter-to"
          />
          <div className="flex gap-2">
            <button type="submit" className="btn-secondary">
              {t("stock.apply")}
            </button>
            <Link href={`/warehouse/inventory/products/${product.id}`} className="btn-secondary">
              {t("stock.reset")}
            </Link>
          </div>
        </form>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="table" data-testid="movements-table">
            <thead>
              <tr>
                <th>{t("product.when")}</th>
                <th>{t("product.type")}</th>
                <th>{t("columns.bin")}</th>
                <th>{t("product.quantity")}</th>
                <th>{t("product.onHandAfter")}</th>
                <th>{t("product.reservedAfter")}</th>
                <th>{t("product.who")}</th>
                <th>{t("product.why")}</th>
              </tr>
            </thead>
            <tbody>
              {movements.rows.map((m) => (
                <tr key={m.id} data-testid="movement-row" data-type={m.type}>
                  <td className="whitespace-nowrap tabular-nums">{when(m.createdAt)}</td>
                  <td>{t(`types.${m.type}`)}</td>
                  <td dir="ltr">{m.location.code}</td>
                  <td className="tabular-nums" dir="ltr" data-testid="movement-quantity">
                    {m.quantity > 0 ? `+${m.quantity}` : m.quantity}
                  </td>
                  <td className="tabular-nums" data-testid="movement-onhand">
                    {m.onHandAfter}
                  </td>
                  <td className="tabular-nums">{m.reservedAfter}</td>
                  <td>{m.actor?.name ?? t("product.system")}</td>
                  <td data-testid="movement-reason">
                    {m.order && (
                      <span dir="ltr" className="me-2 font-medium">
                        {m.order.code}
                      </span>
                    )}
                    {m.reason ?? ""}
                  </td>
                </tr>
              ))}
              {!movements.rows.length && (
                <tr>
                  <td colSpan={8} className="text-center text-slate-500">
                    {t("product.noMovements")}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <Pagination
          page={movements.page}
          pageCount={movements.pageCount}
          total={movements.total}
          basePath={`/warehouse/inventory/products/${product.id}`}
          query={filters}
        />
      </section>
    </div>
  );
}
