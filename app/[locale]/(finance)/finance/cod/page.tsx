import { getTranslations } from "next-intl/server";
import { Age } from "@/components/callcenter/age";
import { PageHeader } from "@/components/ui/page-header";
import { CodNav } from "@/components/finance/cod/cod-nav";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { OUTSTANDING_VIEWS, type OutstandingView } from "@/lib/finance/cod/cod.schema";
import { listOutstanding } from "@/lib/finance/cod/list-outstanding";
import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money/format-money";

/** Cash held longer than this is shown in amber: couriers hand over daily, companies weekly. */
const LATE_MS: Record<OutstandingView, number> = { couriers: 48 * 3_600_000, companies: 8 * 24 * 3_600_000 };

export default async function CodOverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ view?: string; page?: string }>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "finance.cod.reconcile");
  const [data, t] = await Promise.all([
    listOutstanding(actor, { view: sp.view as never, page: sp.page }),
    getTranslations("cod"),
  ]);
  const { view, page, totals } = data;
  const money = (f: bigint) => formatMoney(f, "AED", locale);

  return (
    <div className="space-y-6" data-testid="cod-overview">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <CodNav active="overview" />

      <div className="grid gap-4 md:grid-cols-2">
        <div className="card" data-testid="total-couriers">
          <p className="text-sm text-slate-600">{t("overview.withCouriers")}</p>
          <p
            className="text-2xl font-semibold tabular-nums"
            data-testid="total-couriers-amount"
            data-value={totals.couriers.amountFils.toString()}
          >
            {money(totals.couriers.amountFils)}
          </p>
          <p className="text-sm text-slate-500">{t("overview.collections", { count: totals.couriers.count })}</p>
        </div>
        <div className="card" data-testid="total-companies">
          <p className="text-sm text-slate-600">{t("overview.withCompanies")}</p>
          <p
            className="text-2xl font-semibold tabular-nums"
            data-testid="total-companies-amount"
            data-value={totals.companies.amountFils.toString()}
          >
            {money(totals.companies.amountFils)}
          </p>
          <p className="text-sm text-slate-500">{t("overview.collections", { count: totals.companies.count })}</p>
        </div>
      </div>

      <div className="flex gap-2" role="tablist">
        {OUTSTANDING_VIEWS.map((v) => (
          <Link
            key={v}
            role="tab"
            aria-selected={v === view}
            href={`/finance/cod?view=${v}`}
            data-testid={`view-${v}`}
            className={`rounded-md border px-3 py-1.5 text-sm ${v === view ? "border-brand-600 bg-brand-50 font-medium" : "border-slate-300"}`}
          >
            {t(`overview.views.${v}`)}
          </Link>
        ))}
      </div>

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid={`outstanding-${view}`}>
          <thead>
            <tr>
              <th>{view === "couriers" ? t("columns.courier") : t("columns.company")}</th>
              <th className="text-end">{t("columns.count")}</th>
              <th className="text-end">{t("columns.amount")}</th>
              <th>{t("columns.oldest")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={r.id} data-testid="outstanding-row" data-name={r.name}>
                <td className="font-medium">{locale === "ar" && r.nameAr ? r.nameAr : r.name}</td>
                <td className="text-end tabular-nums" data-testid="outstanding-count">
                  {r.count}
                </td>
                <td
                  className="text-end tabular-nums"
                  data-testid="outstanding-amount"
                  data-value={r.amountFils.toString()}
                >
                  {money(r.amountFils)}
                </td>
                <td>
                  <Age ms={r.oldestMs} warnAfterMs={LATE_MS[view]} />
                </td>
                <td className="text-end">
                  {view === "couriers" ? (
                    <Link
                      href={`/finance/cod/handovers/new?courierId=${r.id}`}
                      className="btn-secondary"
                      data-testid="outstanding-handover"
                    >
                      {t("overview.recordHandover")}
                    </Link>
                  ) : (
                    <Link
                      href={`/finance/cod/remittances/new?companyId=${r.id}`}
                      className="btn-secondary"
                      data-testid="outstanding-remittance"
                    >
                      {t("overview.recordRemittance")}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
            {!page.rows.length && (
              <tr>
                <td colSpan={5} className="text-center text-slate-500">
                  {t("overview.none")}
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
        basePath="/finance/cod"
        query={{ view }}
      />
    </div>
  );
}
