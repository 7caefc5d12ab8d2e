import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CodNav } from "@/components/finance/cod/cod-nav";
import { Difference } from "@/components/finance/cod/difference";
import { StatusBadge } from "@/components/ui/status-badge";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { HANDOVER_STATUSES } from "@/lib/finance/cod/cod.schema";
import { listHandoverCouriers } from "@/lib/finance/cod/list-cod-choices";
import { listHandovers } from "@/lib/finance/cod/list-handovers";
import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money/format-money";

type Search = { status?: string; courierId?: string; page?: string };

export default async function HandoversPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "finance.cod.reconcile");
  const [page, couriers, t, format] = await Promise.all([
    listHandovers(actor, { status: sp.status as never, courierId: sp.courierId, page: sp.page }),
    listHandoverCouriers(actor),
    getTranslations("cod"),
    getFormatter(),
  ]);
  const money = (f: bigint) => formatMoney(f, "AED", locale);

  return (
    <div className="space-y-6" data-testid="handovers-page">
      <PageHeader title={t("handovers.title")} subtitle={t("handovers.subtitle")} />
      <CodNav active="handovers" />
      <form method="get" role="search" className="card grid gap-3 md:grid-cols-4" data-testid="handover-filters">
        <select
          name="status"
          defaultValue={sp.status ?? ""}
          aria-label={t("columns.status")}
          className="input"
          data-testid="filter-status"
        >
          <option value="">{t("handovers.allStatuses")}</option>
          {HANDOVER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
        <select
          name="courierId"
          defaultValue={sp.courierId ?? ""}
          aria-label={t("columns.courier")}
          className="input"
          data-testid="filter-courier"
        >
          <option value="">{t("handovers.allCouriers")}</option>
          {couriers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="submit" className="btn-secondary">
          {t("filter")}
        </button>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="handovers-table">
          <thead>
            <tr>
              <th>{t("columns.code")}</th>
              <th>{t("columns.courier")}</th>
              <th>{t("columns.when")}</th>
              <th className="text-end">{t("columns.orders")}</th>
              <th className="text-end">{t("columns.expected")}</th>
              <th className="text-end">{t("columns.received")}</th>
              <th className="text-end">{t("columns.difference")}</th>
              <th>{t("columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((h) => (
              <tr
                key={h.id}
                data-testid="handover-row"
                data-code={h.code}
                className={h.status === "disputed" ? "bg-red-50" : undefined}
              >
                <td dir="ltr" className="text-start font-medium">
                  <Link
                    href={`/finance/cod/handovers/${h.id}`}
                    className="text-brand-700 hover:underline"
                    data-testid="handover-link"
                  >
                    {h.code}
                  </Link>
                </td>
                <td>{h.courier.name}</td>
                <td>{format.dateTime(h.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td className="text-end tabular-nums">{h._count.collections}</td>
                <td className="text-end tabular-nums">{money(h.expectedFils)}</td>
                <td className="text-end tabular-nums">{money(h.receivedFils)}</td>
                <td className="text-end">
                  <Difference fils={h.differenceFils} locale={locale} testId="handover-row-difference" />
                </td>
                <td>
                  <StatusBadge family="cod" status={h.status} data-testid="handover-row-status" />
                </td>
              </tr>
            ))}
            {!page.rows.length && (
              <tr>
                <td colSpan={8} className="text-center text-slate-500">
                  {t("handovers.none")}
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
        basePath="/finance/cod/handovers"
        query={{ status: sp.status, courierId: sp.courierId }}
      />
    </div>
  );
}
