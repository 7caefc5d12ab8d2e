import { getFormatter, getTranslations } from "next-intl/server";
import { Age } from "@/components/callcenter/age";
import { AgentControls } from "@/components/callcenter/agent-controls";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePagePermission } from "@/lib/auth/guards";
import { listAgentQueue } from "@/lib/callcenter/list-agent-queue";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";

const LATE_MS = 15 * 60_000;

export default async function AgentQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "callcenter.call");
  const [q, t, tOrders, format] = await Promise.all([
    listAgentQueue(actor, { page: sp.page }),
    getTranslations("callcenter"),
    getTranslations("orders"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="space-y-6" data-testid="dashboard-callcenterAgent">
      <PageHeader
        title={t("agent.title")}
        subtitle={
          q.shiftStartedAt
            ? t("agent.onShiftSince", { time: format.dateTime(q.shiftStartedAt, { timeStyle: "short" }) })
            : t("agent.offShift")
        }
      />
      <AgentControls onShift={!!q.shiftStartedAt} />

      <section>
        <h2 className="mb-2 font-semibold">{t("agent.myQueue")}</h2>
        <DataTable
          testId="agent-queue"
          rows={q.queue.rows}
          rowKey={(o) => o.id}
          rowProps={(o) => ({ "data-testid": "agent-queue-row", "data-code": o.code, "data-due": o.due ? "1" : "0" })}
          empty={t("agent.empty")}
          emptyTestId="agent-queue-empty"
          page={q.queue}
          basePath="/callcenter/agent"
          columns={[
            {
              key: "code",
              header: t("columns.code"),
              cell: (o) => (
                <>
                  <Link
                    href={`/callcenter/orders/${o.id}`}
                    className="font-medium text-brand-700 hover:underline"
                    dir="ltr"
                    data-testid="agent-queue-code"
                  >
                    {o.code}
                  </Link>
                  {o.due && o.isCallback && (
                    <Badge tone="info" className="ms-2" data-testid="callback-due-badge">
                      {t("agent.callbackDue")}
                    </Badge>
                  )}
                  {o.isLikelyDuplicate && (
                    <Badge tone="warning" className="ms-2">
                      {t("duplicate")}
                    </Badge>
                  )}
                </>
              ),
            },
            { key: "customer", header: t("columns.customer"), cell: (o) => o.customerName },
            {
              key: "emirate",
              header: t("columns.emirate"),
              cell: (o) => (
                <>
                  {tOrders(`emirates.${o.emirate}`)}
                  <span className="text-slate-500"> · {o.city}</span>
                </>
              ),
            },
            { key: "total", header: t("columns.total"), align: "end", cell: (o) => formatFils(o.totalFils, locale) },
            {
              key: "state",
              header: t("columns.state"),
              cellProps: () => ({ "data-testid": "agent-queue-state" }),
              cell: (o) => <StatusBadge family="orderState" status={o.state} />,
            },
            { key: "attempts", header: t("columns.attempts"), align: "end", cell: (o) => o.callAttempts },
            {
              key: "callback",
              header: t("columns.callback"),
              className: "tabular-nums",
              cell: (o) => (o.callbackAt ? when(o.callbackAt) : "—"),
            },
            { key: "age", header: t("columns.age"), cell: (o) => <Age ms={o.ageMs} warnAfterMs={LATE_MS} /> },
          ]}
        />
      </section>

      {q.waitingForStock.length > 0 && (
        <section data-testid="waiting-for-stock">
          <h2 className="mb-2 font-semibold">{t("agent.waitingForStock")}</h2>
          <p className="mb-2 text-sm text-slate-600">{t("agent.waitingForStockHint")}</p>
          <ul className="card divide-y divide-slate-100">
            {q.waitingForStock.map((o) => (
              <li key={o.id} className="flex justify-between py-2">
                <Link href={`/callcenter/orders/${o.id}`} className="text-brand-700 hover:underline" dir="ltr">
                  {o.code}
                </Link>
                <span>{o.customerName}</span>
                <span className="text-sm text-slate-500">{when(o.backorderedAt!)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
