import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePagePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { APPLICATION_FILTERS, listSellerApplications } from "@/lib/sellers/list-seller-applications";

type Search = { status?: string; page?: string };

export default async function SellerApprovalsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "users.approve");
  const [page, t, tr, format] = await Promise.all([
    listSellerApplications(actor, { status: sp.status as never, page: sp.page as never }),
    getTranslations("sellerApprovals"),
    getTranslations("register"),
    getFormatter(),
  ]);
  return (
    <div>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <form className="card mb-4 flex flex-wrap items-end gap-3" method="get">
        <div>
          <label htmlFor="status" className="label">
            {t("filterStatus")}
          </label>
          <select
            id="status"
            name="status"
            defaultValue={page.status}
            className="input"
            data-testid="application-filter"
          >
            {APPLICATION_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`filters.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t("filter")}
        </button>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="applications-table">
          <thead>
            <tr>
              <th>{t("store")}</th>
              <th>{t("applicant")}</th>
              <th>{t("emirate")}</th>
              <th>{t("email")}</th>
              <th>{t("status")}</th>
              <th>{t("submitted")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={r.id} data-testid="application-row">
                <td>
                  <Link href={`/admin/sellers/${r.id}`} className="font-medium text-brand-700 hover:underline">
                    {r.storeName}
                  </Link>
                  <div className="text-xs text-slate-500">
                    {r.companyName} · <span dir="ltr">{r.code}</span>
                  </div>
                </td>
                <td>
                  {r.user.name}
                  <div className="text-xs text-slate-500 text-start" dir="ltr">
                    {r.user.email}
                  </div>
                </td>
                <td>{tr(`emirates.${r.emirate}`)}</td>
                <td>
                  {r.user.emailVerifiedAt ? t("verified") : <span className="text-amber-700">{t("unverified")}</span>}
                </td>
                <td>
                  <StatusBadge family="user" status={r.user.status} data-testid="user-status" />
                </td>
                <td className="tabular-nums">
                  {format.dateTime(r.submittedAt ?? r.createdAt, { dateStyle: "medium" })}
                </td>
              </tr>
            ))}
            {!page.rows.length && (
              <tr>
                <td colSpan={6} className="text-center text-slate-500">
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
        basePath="/admin/sellers"
        query={{ status: page.status }}
      />
    </div>
  );
}
