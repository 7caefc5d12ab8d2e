import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CallLink } from "@/components/callcenter/call-link";
import { CallOutcomePanel } from "@/components/callcenter/call-outcome-panel";
import { EscalationPanel } from "@/components/callcenter/escalation-panel";
import { RetryReservationButton } from "@/components/callcenter/retry-reservation-button";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/status-badge";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { listAgentChoices } from "@/lib/callcenter/agent-load";
import { getCallOrder, type CallOrder } from "@/lib/callcenter/get-call-order";
import { isAppError } from "@/lib/errors";
import { formatFils } from "@/lib/money/parse-aed";

export default async function CallOrderPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const actor = await requirePagePermission(locale, "callcenter.call", "callcenter.assign", "callcenter.escalations");
  let order: CallOrder;
  try {
    order = await getCallOrder(actor, { id });
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const [t, tStates, tOrders, tNav, format] = await Promise.all([
    getTranslations("callcenter"),
    getTranslations("states"),
    getTranslations("orders"),
    getTranslations("nav.items"),
    getFormatter(),
  ]);
  const agents = order.canResolveEscalation ? await listAgentChoices(actor) : [];
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const name = (l: { nameEn: string; nameAr: string }) => (locale === "ar" ? l.nameAr : l.nameEn);
  const back = can(actor, "callcenter.call")
    ? { label: tNav("callcenterAgent"), href: "/callcenter/agent" }
    : { label: tNav("callcenterManager"), href: "/callcenter/manager" };

  return (
    <div className="max-w-6xl space-y-6">
      <PageHeader title={t("order.title")} breadcrumbs={[back]} />
      <p className="-mt-4 flex flex-wrap items-center gap-3">
        <span className="text-xl font-semibold" dir="ltr" data-testid="order-code">
          {order.code}
        </span>
        <StatusBadge family="orderState" status={order.state} data-testid="order-state" />
        <span className="text-sm text-slate-600">{order.seller.storeName}</span>
        {order.agent && <span className="text-sm text-slate-600">{t("order.agent", { name: order.agent.name })}</span>}
      </p>

      {order.isLikelyDuplicate && (
        <Alert kind="info" testId="duplicate-flag">
          {t("order.duplicate")}
          {order.duplicateOf && (
            <>
              {" "}
              <span dir="ltr">{order.duplicateOf.code}</span>
            </>
          )}
        </Alert>
      )}
      {order.backorderedAt && (
        <Alert kind="info" testId="backordered-flag">
          {t("order.backordered", { time: when(order.backorderedAt) })}
          {order.canRetryReservation && (
            <div className="mt-2">
              <RetryReservationButton orderId={order.id} />
            </div>
          )}
        </Alert>
      )}
      {order.state === "postponed" && order.callbackAt && (
        <Alert kind="info" testId="postponed-flag">
          {t("order.postponedUntil", { time: when(order.callbackAt) })}
        </Alert>
      )}

      <div className="grid gap-4 md:grid-cols-2">
        <section className="card space-y-2" data-testid="call-customer-card">
          <h2 className="font-semibold">{t("order.customer")}</h2>
          <p className="text-lg" data-testid="customer-name">
            {order.customerName}
          </p>
          <CallLink orderId={order.id} phone={order.customerPhone} label={t("order.call")} canCall={order.canCall} />
          <h3 className="pt-2 font-semibold">{t("order.address")}</h3>
          <p data-testid="customer-address">
            {[order.street, order.building, order.area, order.city].filter(Boolean).join(", ")} ·{" "}
            {tOrders(`emirates.${order.emirate}`)}
          </p>
          {order.landmark && (
            <p className="text-sm text-slate-600">
              {t("order.landmark")}: {order.landmark}
            </p>
          )}
          {order.notes && (
            <p className="text-sm text-slate-600">
              {t("order.sellerNotes")}: {order.notes}
            </p>
          )}
        </section>

        <section className="card" data-testid="call-lines">
          <h2 className="mb-2 font-semibold">{t("order.lines")}</h2>
          <table className="table">
            <thead>
              <tr>
                <th>{t("order.product")}</th>
                <th>{t("order.qty")}</th>
                <th>{t("order.available")}</th>
                <th>{t("columns.total")}</th>
              </tr>
            </thead>
            <tbody>
              {order.lines.map((l) => (
                <tr key={l.id} data-testid="call-line">
                  <td>
                    <span dir="ltr" className="text-xs text-slate-500">
                      {l.sku}
                    </span>
                    <br />
                    {name(l)}
                  </td>
                  <td className="tabular-nums" data-testid="line-qty">
                    {l.quantity}
                  </td>
                  <td
                    className={`tabular-nums ${l.available < l.quantity ? "font-medium text-red-700" : ""}`}
                    data-testid="line-available"
                  >
                    {l.available}
                  </td>
                  <td className="tabular-nums">{formatFils(l.lineTotalFils, locale)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={3} className="font-semibold">
                  {t("order.cod")}
                </td>
                <td className="font-semibold tabular-nums" data-testid="order-total">
                  {formatFils(order.totalFils, locale)}
                </td>
              </tr>
            </tfoot>
          </table>
        </section>
      </div>

      {/* Mounted for the assigned agent even after the outcome, so its result message survives the refresh. */}
      {order.isAssignedAgent && (
        <CallOutcomePanel
          open={order.canCall}
          order={{
            id: order.id,
            version: order.version,
            city: order.city,
            area: order.area,
            street: order.street,
            building: order.building,
            landmark: order.landmark,
            lines: order.lines.map((l) => ({ id: l.id, sku: l.sku, name: name(l), quantity: l.quantity })),
            noAnswers: order.noAnswers,
            maxAttempts: order.maxAttempts,
            postpones: order.postpones,
            maxPostpones: order.maxPostpones,
            callbackMaxDays: order.callbackMaxDays,
          }}
        />
      )}
      {order.decidesEscalations && (
        <EscalationPanel
          open={order.canResolveEscalation}
          orderId={order.id}
          version={order.version}
          agents={agents}
          currentAgentId={order.agent?.id ?? null}
        />
      )}

      <div className="grid gap-4 md:grid-cols-2">
        <section className="card" data-testid="call-history">
          <h2 className="mb-2 font-semibold">{t("order.calls")}</h2>
          <ul className="space-y-2">
            {order.calls.map((c) => (
              <li key={c.id} className="border-b border-slate-100 pb-2 text-sm" data-testid="call-log-row">
                <div className="flex flex-wrap justify-between gap-2">
                  <span className="font-medium" data-testid="call-log-outcome">
                    {t(`outcomes.${c.outcome}`)}
                  </span>
                  <span className="text-slate-500">{when(c.startedAt)}</span>
                </div>
                <div className="text-slate-600">
                  {t("order.callBy", { name: c.agentName, attempt: c.attemptNo })}
                  {c.durationSec !== null && (
                    <>
                      {" "}
                      ·{" "}
                      {t("order.duration", {
                        minutes: Math.floor(c.durationSec / 60),
                        seconds: String(c.durationSec % 60).padStart(2, "0"),
                      })}
                    </>
                  )}
                  {c.cancelReason && <> · {t(`cancelReasons.${c.cancelReason}`)}</>}
                  {c.callbackAt && <> · {t("order.callbackFor", { time: when(c.callbackAt) })}</>}
                </div>
                {c.note && (
                  <p className="mt-1 whitespace-pre-wrap" data-testid="call-log-note">
                    {c.note}
                  </p>
                )}
              </li>
            ))}
            {!order.calls.length && <li className="text-sm text-slate-500">{t("order.noCalls")}</li>}
          </ul>
        </section>
        <section className="card" data-testid="order-timeline">
          <h2 className="mb-2 font-semibold">{t("order.timeline")}</h2>
          <ol className="space-y-2 text-sm">
            {order.events.map((e) => (
              <li key={e.id} className="border-b border-slate-100 pb-2" data-testid="timeline-event">
                <div className="flex flex-wrap justify-between gap-2">
                  <span className="font-medium">
                    {e.type === "transition"
                      ? e.fromState
                        ? `${tStates(e.fromState)} → ${tStates(e.toState)}`
                        : tStates(e.toState)
                      : t.has(`events.${e.type}`)
                        ? t(`events.${e.type}`)
                        : e.type}
                  </span>
                  <span className="text-slate-500">{when(e.createdAt)}</span>
                </div>
                {e.actorName && <div className="text-slate-600">{e.actorName}</div>}
                {e.note && <p className="whitespace-pre-wrap">{e.note}</p>}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
