import { getTranslations } from "next-intl/server";
import { Age } from "@/components/callcenter/age";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { listEscalations } from "@/lib/callcenter/list-escalations";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";

export default async function EscalationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "callcenter.escalations");
  const [page, t, tStates] = await Promise.all([
    listEscalations(actor, { page: sp.page }),
    getTranslations("callcenter"),
    getTranslations("states"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("escalations.title")} subtitle={t("escalations.subtitle")} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="escalations-table">
          <thead>
            <tr>
              <th>{t("columns.code")}</th>
              <th>{t("columns.state")}</th>
              <th>{t("columns.seller")}</th>
              <th>{t("columns.customer")}</th>
              <th>{t("columns.total")}</th>
              <th>{t("columns.agent")}</th>
              <th>{t("escalations.agentNote")}</th>
              <th>{t("escalations.waiting")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((o) => (
              <tr key={o.id} data-testid="escalation-row" data-code={o.code}>
                <td>
                  <Link
                    href={`/callcenter/orders/${o.id}`}
                    className="font-medium text-brand-700 hover:underline"
                    dir="ltr"
                    data-testid="escalation-code"
                  >
                    {o.code}
                  </Link>
                </td>
                <td>{tStates(o.state)}</td>
                <td>{o.seller.storeName}</td>
                <td>{o.customerName}</td>
                <td className="tabular-nums">{formatFils(o.totalFils, locale)}</td>
                <td>{o.assignedAgent?.name ?? "—"}</td>
                <td className="max-w-xs whitespace-pre-wrap text-sm" data-testid="escalation-note">
                  {o.lastCall?.note ?? ""}
                </td>
                <td>
                  <Age ms={o.waitingMs} warnAfterMs={60 * 60_000} />
                </td>
              </tr>
            ))}
            {!page.rows.length && (
              <tr>
                <td colSpan={8} className="text-center text-slate-500" data-testid="escalations-empty">
                  {t("escalations.empty")}
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
        basePath="/callcenter/manager/escalations"
        query={{}}
      />
    </div>
  );
}
