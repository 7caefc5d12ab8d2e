import { getFormatter, getTranslations } from "next-intl/server";
import { Age } from "@/components/callcenter/age";
import { AgentControls } from "@/components/callcenter/agent-controls";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
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
  const [q, t, tStates, tOrders, format] = await Promise.all([
    listAgentQueue(actor, { page: sp.page }),
    getTranslations("callcenter"),
    getTranslations("states"),
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
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="table" data-testid="agent-queue">
            <thead>
              <tr>
                <th>{t("columns.code")}</th>
                <th>{t("columns.customer")}</th>
                <th>{t("columns.emirate")}</th>
                <th>{t("columns.total")}</th>
                <th>{t("columns.state")}</th>
                <th>{t("columns.attempts")}</th>
                <th>{t("columns.callback")}</th>
                <th>{t("columns.age")}</th>
              </tr>
            </thead>
            <tbody>
              {q.queue.rows.map((o) => (
                <tr key={o.id} data-testid="agent-queue-row" data-code={o.code} data-due={o.due ? "1" : "0"}>
                  <td>
                    <Link
                      href={`/callcenter/orders/${o.id}`}
                      className="font-medium text-brand-700 hover:underline"
                      dir="ltr"
                      data-testid="agent-queue-code"
                    >
                      {o.code}
                    </Link>
                    {o.due && o.isCallback && (
                      <span
                        className="ms-2 rounded bg-sky-100 px-1.5 py-0.5 text-xs text-sky-800"
                        data-testid="callback-due-badge"
                      >
                        {t("agent.callbackDue")}
                      </span>
                    )}
                    {o.isLikelyDuplicate && (
                      <span className="ms-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-800">
                        {t("duplicate")}
                      </span>
                    )}
                  </td>
                  <td>{o.customerName}</td>
                  <td>
                    {tOrders(`emirates.${o.emirate}`)}
                    <span className="text-slate-500"> · {o.city}</span>
                  </td>
                  <td className="tabular-nums">{formatFils(o.totalFils, locale)}</td>
                  <td data-testid="agent-queue-state">{tStates(o.state)}</td>
                  <td className="tabular-nums">{o.callAttempts}</td>
                  <td className="tabular-nums">{o.callbackAt ? when(o.callbackAt) : "—"}</td>
                  <td>
                    <Age ms={o.ageMs} warnAfterMs={LATE_MS} />
                  </td>
                </tr>
              ))}
              {!q.queue.rows.length && (
                <tr>
                  <td colSpan={8} className="text-center text-slate-500" data-testid="agent-queue-empty">
                    {t("agent.empty")}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <Pagination
          page={q.queue.page}
          pageCount={q.queue.pageCount}
          total={q.queue.total}
          basePath="/callcenter/agent"
          query={{}}
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
