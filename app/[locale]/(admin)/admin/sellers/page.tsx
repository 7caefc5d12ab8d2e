import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePagePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import {
  APPLICATION_FILTERS,
  listSellerApplications,
  ZListSellerApplicationsInput,
} from "@/lib/sellers/list-seller-applications";

export default async function SellerApprovalsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "users.approve");
  const filters = ZListSellerApplicationsInput.parse(sp);
  const [page, t, tr, format] = await Promise.all([
    listSellerApplications(actor, filters),
    getTranslations("sellerApprovals"),
    getTranslations("register"),
    getFormatter(),
  ]);
  return (
    <div>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="mb-4">
        <FilterBar resetHref="/admin/sellers" applyLabel={t("filter")}>
          <FilterSelect
            name="status"
            label={t("filterStatus")}
            defaultValue={page.status}
            options={APPLICATION_FILTERS.map((s) => ({ value: s, label: t(`filters.${s}`) }))}
            testId="application-filter"
          />
        </FilterBar>
      </div>
      <DataTable
        testId="applications-table"
        rows={page.rows}
        rowKey={(r) => r.id}
        rowProps={() => ({ "data-testid": "application-row" })}
        empty={t("none")}
        page={page}
        basePath="/admin/sellers"
        query={{ status: page.status }}
        columns={[
          {
            key: "store",
            header: t("store"),
            cell: (r) => (
              <>
                <Link href={`/admin/sellers/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {r.storeName}
                </Link>
                <div className="text-xs text-slate-500">
                  {r.companyName} · <span dir="ltr">{r.code}</span>
                </div>
              </>
            ),
          },
          {
            key: "applicant",
            header: t("applicant"),
            cell: (r) => (
              <>
                {r.user.name}
                <div className="text-start text-xs text-slate-500" dir="ltr">
                  {r.user.email}
                </div>
              </>
            ),
          },
          { key: "emirate", header: t("emirate"), cell: (r) => tr(`emirates.${r.emirate}`) },
          {
            key: "email",
            header: t("email"),
            cell: (r) =>
              r.user.emailVerifiedAt ? t("verified") : <span className="text-amber-700">{t("unverified")}</span>,
          },
          {
            key: "status",
            header: t("status"),
            cell: (r) => <StatusBadge family="user" status={r.user.status} data-testid="user-status" />,
          },
          {
            key: "submitted",
            header: t("submitted"),
            className: "tabular-nums",
            cell: (r) => format.dateTime(r.submittedAt ?? r.createdAt, { dateStyle: "medium" }),
          },
        ]}
      />
    </div>
  );
}
