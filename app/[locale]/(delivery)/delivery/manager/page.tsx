import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { DispatchActions } from "@/components/delivery/manager/dispatch-actions";
import { SelectAll } from "@/components/delivery/manager/select-all";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { couriersOverview } from "@/lib/delivery/courier-overview";
import { READY_FILTER_KEYS } from "@/lib/delivery/dispatch.schema";
import { listDispatchTargets, listReadyOrders, listWarehouseChoices } from "@/lib/delivery/list-ready";
import { EMIRATES } from "@/lib/geo/emirates";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import type { OrderState } from "@/lib/orders/workflow";

type Search = Partial<Record<(typeof READY_FILTER_KEYS)[number] | "page", string>>;

const RUN_STATES: OrderState[] = [
  "delivery_in_progress",
  "pending_manager_confirmation",
  "delivery_completed",
  "returning",
];

export default async function DispatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "delivery.assign");
  const filters = Object.fromEntries(READY_FILTER_KEYS.map((k) => [k, sp[k] || undefined])) as Record<
    (typeof READY_FILTER_KEYS)[number],
    string | undefined
  >;
  const [page, targets, warehouses, couriers, t, tStates, tOrders, format] = await Promise.all([
    listReadyOrders(actor, { ...filters, page: sp.page } as never),
    listDispatchTargets(actor),
    listWarehouseChoices(actor),
    couriersOverview(actor),
    getTranslations("delivery"),
    getTranslations("states"),
    getTranslations("orders"),
    getFormatter(),
  ]);

  return (
    <div className="space-y-6" data-testid="dashboard-deliveryManager">
      <PageHeader title={t("dispatch.title")} subtitle={t("dispatch.subtitle")} />

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("couriers.title")}</h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="table" data-testid="couriers-table">
            <thead>
              <tr>
                <th>{t("couriers.name")}</th>
                <th>{t("couriers.company")}</th>
                <th>{t("couriers.runToday")}</th>
                <th>{t("couriers.load")}</th>
                <th>{t("couriers.cashInHand")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {couriers.map((c) => (
                <tr key={c.id} data-testid="courier-row" data-name={c.name}>
                  <td className="font-medium">{c.name}</td>
                  <td>{c.company ?? <span className="text-slate-500">{t("couriers.inHouse")}</span>}</td>
                  <td className="text-sm">
                    <span className="tabular-nums font-medium" data-testid="courier-run-total">
                      {c.runTotal}
                    </span>
                    {RUN_STATES.filter((s) => c.runToday[s]).map((s) => (
                      <span key={s} className="ms-2 text-slate-600">
                        {tStates(s)}: <span className="tabular-nums">{c.runToday[s]}</span>
                      </span>
                    ))}
                  </td>
                  <td className="tabular-nums" data-testid="courier-load">
                    {c.load}
                  </td>
                  <td className="tabular-nums" data-testid="courier-cash">
                    {formatFils(c.cashInHandFils, locale)}
                    {c.reportedCashFils > 0 && (
                      <span className="block text-xs text-slate-500">
                        {t("couriers.unconfirmed", { amount: formatFils(c.reportedCashFils, locale) })}
                      </span>
                    )}
                  </td>
                  <td>
                    <Link
                      href={`/delivery/manager/couriers/${c.id}`}
                      className="text-brand-700 hover:underline"
                      data-testid="courier-run-link"
                    >
                      {t("couriers.openRun")}
                    </Link>
                  </td>
                </tr>
              ))}
              {!couriers.length && (
                <tr>
                  <td colSpan={6} className="text-center text-slate-500">
                    {t("couriers.none")}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t("dispatch.ready", { count: page.total })}</h2>
        <form className="card grid gap-3 md:grid-cols-4" method="get" role="search" data-testid="dispatch-filters">
          <select
            name="emirate"
            defaultValue={filters.emirate ?? ""}
            aria-label={t("filters.emirate")}
            className="input"
            data-testid="filter-emirate"
          >
            <option value="">{t("filters.allEmirates")}</option>
            {EMIRATES.map((e) => (
              <option key={e} value={e}>
                {tOrders(`emirates.${e}`)}
              </option>
            ))}
          </select>
          <input
            name="area"
            defaultValue={filters.area ?? ""}
            placeholder={t("filters.area")}
            aria-label={t("filters.area")}
            className="input"
            data-testid="filter-area"
          />
          <select
            name="warehouseId"
            defaultValue={filters.warehouseId ?? ""}
            aria-label={t("filters.warehouse")}
            className="input"
            data-testid="filter-warehouse"
          >
            <option value="">{t("filters.allWarehouses")}</option>
            {warehouses.map((w) => (
              <option key={w.id} value={w.id}>
                {w.code} · {locale === "ar" ? w.nameAr : w.nameEn}
              </option>
            ))}
          </select>
          <div className="flex gap-2">
            <button type="submit" className="btn-secondary" data-testid="apply-filters">
              {t("filters.apply")}
            </button>
            <Link href="/delivery/manager" className="btn-secondary">
              {t("filters.reset")}
            </Link>
          </div>
        </form>

        <DispatchActions
          targets={targets}
          emirate={filters.emirate}
          area={filters.area}
          warehouseId={filters.warehouseId}
        />

        <form id="dispatch-form" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="table" data-testid="ready-table">
            <thead>
              <tr>
                <th>
                  <SelectAll formId="dispatch-form" name="order" />
                </th>
                <th>{t("columns.code")}</th>
                <th>{t("columns.readySince")}</th>
                <th>{t("columns.seller")}</th>
                <th>{t("columns.destination")}</th>
                <th>{t("columns.warehouse")}</th>
                <th>{t("columns.cod")}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((o) => (
                <tr key={o.id} data-testid="ready-row" data-code={o.code}>
                  <td>
                    <input
                      type="checkbox"
                      name="order"
                      value={o.id}
                      aria-label={t("selectOrder", { code: o.code })}
                      data-testid="ready-select"
                    />
                  </td>
                  <td className="font-medium" dir="ltr">
                    {o.code}
                  </td>
                  <td className="tabular-nums text-sm">
                    {format.dateTime(o.stateChangedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </td>
                  <td>{o.seller.storeName}</td>
                  <td>
                    {tOrders(`emirates.${o.emirate}`)}
                    <span className="text-slate-500">
                      {" "}
                      · {o.area ? `${o.area}, ` : ""}
                      {o.city}
                    </span>
                  </td>
                  <td dir="ltr">{o.warehouse?.code ?? "—"}</td>
                  <td className="tabular-nums">{formatFils(o.totalFils, locale)}</td>
                </tr>
              ))}
              {!page.rows.length && (
                <tr>
                  <td colSpan={7} className="text-center text-slate-500" data-testid="ready-empty">
                    {t("dispatch.empty")}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </form>
        <Pagination
          page={page.page}
          pageCount={page.pageCount}
          total={page.total}
          basePath="/delivery/manager"
          query={filters}
        />
      </section>
    </div>
  );
}
