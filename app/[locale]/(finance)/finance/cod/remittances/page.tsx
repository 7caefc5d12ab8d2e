import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CodNav } from "@/components/finance/cod/cod-nav";
import { Difference } from "@/components/finance/cod/difference";
import { StatusBadge } from "@/components/ui/status-badge";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { REMITTANCE_STATUSES } from "@/lib/finance/cod/cod.schema";
import { listRemittingCompanies } from "@/lib/finance/cod/list-cod-choices";
import { listRemittances } from "@/lib/finance/cod/list-remittances";
import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money/format-money";

type Search = { status?: string; companyId?: string; page?: string };

export default async function RemittancesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "finance.cod.reconcile");
  const [page, companies, t, format] = await Promise.all([
    listRemittances(actor, { status: sp.status as never, companyId: sp.companyId, page: sp.page }),
    listRemittingCompanies(actor),
    getTranslations("cod"),
    getFormatter(),
  ]);
  const money = (f: bigint) => formatMoney(f, "AED", locale);
  const name = (c: { name: string; nameAr: string | null }) => (locale === "ar" && c.nameAr ? c.nameAr : c.name);

  return (
    <div className="space-y-6" data-testid="remittances-page">
      <PageHeader title={t("remittances.title")} subtitle={t("remittances.subtitle")} />
      <CodNav active="remittances" />
      <form method="get" role="search" className="card grid gap-3 md:grid-cols-4" data-testid="remittance-filters">
        <select
          name="status"
          defaultValue={sp.status ?? ""}
          aria-label={t("columns.status")}
          className="input"
          data-testid="filter-status"
        >
          <option value="">{t("remittances.allStatuses")}</option>
          {REMITTANCE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
        <select
          name="companyId"
          defaultValue={sp.companyId ?? ""}
          aria-label={t("columns.company")}
          className="input"
          data-testid="filter-company"
        >
          <option value="">{t("remittances.allCompanies")}</option>
          {companies.map((c) => (
            <option key={c.id} value={c.id}>
              {name(c)}
            </option>
          ))}
        </select>
        <button type="submit" className="btn-secondary">
          {t("filter")}
        </button>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="remittances-table">
          <thead>
            <tr>
              <th>{t("columns.reference")}</th>
              <th>{t("columns.company")}</th>
              <th>{t("columns.when")}</th>
              <th className="text-end">{t("columns.lines")}</th>
              <th className="text-end">{t("columns.expected")}</th>
              <th className="text-end">{t("columns.received")}</th>
              <th className="text-end">{t("columns.difference")}</th>
              <th>{t("columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr
                key={r.id}
                data-testid="remittance-row"
                data-reference={r.reference ?? ""}
                className={r.status === "disputed" ? "bg-red-50" : undefined}
              >
                <td dir="ltr" className="text-start font-medium">
                  <Link
                    href={`/finance/cod/remittances/${r.id}`}
                    className="text-brand-700 hover:underline"
                    data-testid="remittance-link"
                  >
                    {r.reference || "—"}
                  </Link>
                </td>
                <td>{name(r.company)}</td>
                <td>{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td className="text-end tabular-nums">{r._count.lines}</td>
                <td className="text-end tabular-nums">{money(r.expectedFils)}</td>
                <td className="text-end tabular-nums">{money(r.receivedFils)}</td>
                <td className="text-end">
                  <Difference fils={r.differenceFils} locale={locale} />
                </td>
                <td>
                  <StatusBadge family="cod" status={r.status} data-testid="remittance-row-status" />
                </td>
              </tr>
            ))}
            {!page.rows.length && (
              <tr>
                <td colSpan={8} className="text-center text-slate-500">
                  {t("remittances.none")}
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
        basePath="/finance/cod/remittances"
        query={{ status: sp.status, companyId: sp.companyId }}
      />
    </div>
  );
}
