import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ReceiveOne, ReceiveSelected, SelectAllReturns } from "@/components/returns/receive-actions";
import { StatusBadge } from "@/components/ui/status-badge";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { incomingByCourier, listWarehouseReturns, returnCourierChoices } from "@/lib/returns/list-returns";
import { NO_COURIER, RETURN_FILTER_KEYS, RETURN_VIEWS } from "@/lib/returns/list-returns.schema";

type Search = Partial<Record<(typeof RETURN_FILTER_KEYS)[number] | "page", string>>;

/** The warehouse's "agent returns" section: parcels couriers bring back, by courier and status. */
export default async function WarehouseReturnsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "returns.inspect");
  const filters = Object.fromEntries(RETURN_FILTER_KEYS.map((k) => [k, sp[k] || undefined])) as Record<
    (typeof RETURN_FILTER_KEYS)[number],
    string | undefined
  >;
  const [page, groups, couriers, t, format] = await Promise.all([
    listWarehouseReturns(actor, { ...filters, page: sp.page } as never),
    incomingByCourier(actor),
    returnCourierChoices(actor),
    getTranslations("returns"),
    getFormatter(),
  ]);
  const view = RETURN_VIEWS.includes(filters.view as never) ? filters.view! : "incoming";
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const groupHref = (courierId: string | null) =>
    `/warehouse/returns?view=incoming&courierId=${courierId ?? NO_COURIER}`;

  return (
    <div className="space-y-6" data-testid="warehouse-returns">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />

      <section className="card space-y-2" data-testid="returns-by-courier">
        <h2 className="font-semibold">{t("byCourier.title")}</h2>
        {groups.length ? (
          <ul className="flex flex-wrap gap-2">
            {groups.map((g) => (
              <li key={g.courierId ?? NO_COURIER}>
                <Link
                  href={groupHref(g.courierId)}
                  className="inline-flex items-center gap-2 rounded-full border border-slate-200 px-3 py-1 text-sm hover:bg-slate-50"
                  data-testid="courier-group"
                  data-courier={g.name ?? NO_COURIER}
                >
                  <span>{g.name ?? t("byCourier.noCourier")}</span>
                  <span className="rounded-full bg-sky-100 px-2 text-xs font-semibold text-sky-800 tabular-nums">
                    {g.count}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">{t("byCourier.none")}</p>
        )}
      </section>

      <form className="card grid gap-3 md:grid-cols-4" method="get" role="search" data-testid="returns-filters">
        <select
          name="view"
          defaultValue={view}
          aria-label={t("filters.view")}
          className="input"
          data-testid="filter-view"
        >
          {RETURN_VIEWS.map((v) => (
            <option key={v} value={v}>
              {t(`views.${v}`)}
            </option>
          ))}
        </select>
        <select
          name="courierId"
          defaultValue={filters.courierId ?? ""}
          aria-label={t("filters.courier")}
          className="input"
          data-testid="filter-courier"
        >
          <option value="">{t("filters.allCouriers")}</option>
          <option value={NO_COURIER}>{t("byCourier.noCourier")}</option>
          {couriers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <input
          name="q"
          defaultValue={filters.q ?? ""}
          placeholder={t("filters.search")}
          aria-label={t("filters.search")}
          className="input"
          dir="ltr"
          data-testid="filter-q"
        />
        <div className="flex gap-2">
          <button type="submit" className="btn-secondary" data-testid="apply-filters">
            {t("filters.apply")}
          </button>
          <Link href="/warehouse/returns" className="btn-secondary">
            {t("filters.reset")}
          </Link>
        </div>
      </form>

      <ReceiveSelected />

      <form id="returns-form" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="returns-table">
          <thead>
            <tr>
              <th>
                <SelectAllReturns />
              </th>
              <th>{t("columns.code")}</th>
              <th>{t("columns.order")}</th>
              <th>{t("columns.seller")}</th>
              <th>{t("columns.courier")}</th>
              <th>{t("columns.source")}</th>
              <th>{t("columns.units")}</th>
              <th>{t("columns.created")}</th>
              <th>{t("columns.status")}</th>
              <th>{t("columns.result")}</th>
              <th>
                <span className="sr-only">{t("columns.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => {
              const incoming = r.status === "requested" || r.status === "in_transit";
              return (
                <tr key={r.id} data-testid="return-row" data-code={r.code}>
                  <td>
                    {incoming && (
                      <input
                        type="checkbox"
                        name="return"
                        value={r.id}
                        aria-label={t("receive.select", { code: r.code })}
                        data-testid="return-select"
                      />
                    )}
                  </td>
                  <td>
                    <Link
                      href={`/warehouse/returns/${r.id}`}
                      className="font-medium text-brand-700 hover:underline"
                      dir="ltr"
                      data-testid="return-code"
                    >
                      {r.code}
                    </Link>
                  </td>
                  <td dir="ltr" className="text-start" data-testid="return-order-code">
                    {r.order.code}
                  </td>
                  <td>{r.order.sellerName}</td>
                  <td data-testid="return-courier">
                    {r.courier?.name ?? <span className="text-slate-400">{t("byCourier.noCourier")}</span>}
                  </td>
                  <td>{t(`source.${r.source}`)}</td>
                  <td className="tabular-nums">{r.units}</td>
                  <td className="tabular-nums">{when(r.createdAt)}</td>
                  <td>
                    <StatusBadge family="return" status={r.status} data-testid="return-status" />
                  </td>
                  <td>
                    <StatusBadge
                      family="inspection"
                      status={r.inspectionResult}
                      data-testid="inspection-result"
                      data-result={r.inspectionResult ?? undefined}
                    />
                  </td>
                  <td>
                    {incoming ? (
                      <ReceiveOne returnId={r.id} code={r.code} />
                    ) : (
                      <Link
                        href={`/warehouse/returns/${r.id}`}
                        className="btn-secondary px-2 py-1 text-xs"
                        data-testid="open-return"
                      >
                        {r.status === "received" ? t("inspect.open") : t("detail.open")}
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
            {!page.rows.length && (
              <tr>
                <td colSpan={11} className="text-center text-slate-500" data-testid="returns-empty">
                  {t("empty")}
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
        basePath="/warehouse/returns"
        query={filters}
      />
    </div>
  );
}
