import { getTranslations } from "next-intl/server";
import { Age } from "@/components/callcenter/age";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
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
  const [page, t] = await Promise.all([listEscalations(actor, { page: sp.page }), getTranslations("callcenter")]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("escalations.title")} subtitle={t("escalations.subtitle")} />
      <DataTable
        testId="escalations-table"
        rows={page.rows}
        rowKey={(o) => o.id}
        rowProps={(o) => ({ "data-testid": "escalation-row", "data-code": o.code })}
        empty={t("escalations.empty")}
        emptyTestId="escalations-empty"
        page={page}
        basePath="/callcenter/manager/escalations"
        columns={[
          {
            key: "code",
            header: t("columns.code"),
            cell: (o) => (
              <Link
                href={`/callcenter/orders/${o.id}`}
                className="font-medium text-brand-700 hover:underline"
                dir="ltr"
                data-testid="escalation-code"
              >
                {o.code}
              </Link>
            ),
          },
          {
            key: "state",
            header: t("columns.state"),
            cell: (o) => <StatusBadge family="orderState" status={o.state} />,
          },
          { key: "seller", header: t("columns.seller"), cell: (o) => o.seller.storeName },
          { key: "customer", header: t("columns.customer"), cell: (o) => o.customerName },
          { key: "total", header: t("columns.total"), align: "end", cell: (o) => formatFils(o.totalFils, locale) },
          { key: "agent", header: t("columns.agent"), cell: (o) => o.assignedAgent?.name ?? "—" },
          {
            key: "note",
            header: t("escalations.agentNote"),
            className: "max-w-xs text-sm whitespace-pre-wrap",
            cellProps: () => ({ "data-testid": "escalation-note" }),
            cell: (o) => o.lastCall?.note ?? "",
          },
          {
            key: "waiting",
            header: t("escalations.waiting"),
            cell: (o) => <Age ms={o.waitingMs} warnAfterMs={60 * 60_000} />,
          },
        ]}
      />
    </div>
  );
}
