import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { FeesTabs } from "@/components/finance/fees/fees-tabs";
import { CalculateFeeButton, OrderFeeEditor } from "@/components/finance/fees/order-fee-editor";
import { RateText } from "@/components/finance/fees/schedule-rates";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { FEE_KINDS, type FeeKind } from "@/lib/finance/fees/fee-calc";
import { orderFeeDetail, type OrderFeeDetail } from "@/lib/finance/fees/order-fee-detail";
import { formatMoney } from "@/lib/money/format-money";
import { filsToAedInput } from "@/lib/money/parse-aed";

const AMOUNT: Record<FeeKind, "serviceFils" | "fulfillmentFils" | "deliveryFils" | "codFeeFils" | "returnFeeFils"> = {
  service: "serviceFils",
  fulfillment: "fulfillmentFils",
  delivery: "deliveryFils",
  codFee: "codFeeFils",
  returnFee: "returnFeeFils",
};

/** One order's fees: look it up by code, see how they were computed, correct them before invoicing. */
export default async function OrderFeesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ code?: string }>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "finance.fees.manage");
  const [t, tStates, format] = await Promise.all([getTranslations("fees"), getTranslations("states"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Dubai" });
  const code = (sp.code ?? "").trim().slice(0, 40);
  let detail: OrderFeeDetail | null = null;
  if (code) {
    try {
      detail = await orderFeeDetail(actor, code);
    } catch (e) {
      if (!isAppError(e) || e.code !== "not_found") throw e;
    }
  }
  const money = (fils: number) => formatMoney(fils, detail?.order.currency ?? "AED", locale);

  return (
    <div className="space-y-6" data-testid="order-fees-page">
      <PageHeader title={t("title")} subtitle={t("order.subtitle")} />
      <FeesTabs current="orders" />

      <form method="get" role="search" className="card flex flex-wrap items-end gap-3" data-testid="order-fee-search">
        <div>
          <label htmlFor="fee-order-code" className="label">
            {t("order.code")}
          </label>
          <input
            id="fee-order-code"
            name="code"
            defaultValue={code}
            placeholder="#260101001"
            className="input"
            dir="ltr"
            data-testid="order-fee-code"
          />
        </div>
        <button type="submit" className="btn-secondary" data-testid="order-fee-find">
          {t("order.find")}
        </button>
      </form>

      {code && !detail && (
        <p className="card text-slate-600" data-testid="order-fee-not-found">
          {t("order.notFound")}
        </p>
      )}

      {detail && (
        <>
          <section className="card space-y-2" data-testid="order-fee-order">
            <h2 className="font-semibold">
              <span dir="ltr">{detail.order.code}</span> · {detail.order.seller.storeName}
            </h2>
            <dl className="grid gap-2 text-sm sm:grid-cols-4">
              <div>
                <dt className="text-slate-500">{t("order.state")}</dt>
                <dd data-testid="order-fee-state">{tStates(detail.order.state)}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("order.cod")}</dt>
                <dd className="tabular-nums">{money(detail.order.totalFils)}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("order.deliveredAt")}</dt>
                <dd>{detail.order.deliveredAt ? when(detail.order.deliveredAt) : "—"}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("order.outcome")}</dt>
                <dd data-testid="order-fee-outcome">
                  {detail.facts ? t(`outcomes.${detail.facts.outcome}`) : t("order.notChargeable")}
                </dd>
              </div>
            </dl>
          </section>

          {detail.schedule && (
            <p className="text-sm text-slate-600" data-testid="order-fee-schedule">
              {detail.schedule.isOverride
                ? t("order.scheduleOverride", {
                    seller: detail.order.seller.storeName,
                    date: when(detail.schedule.effectiveFrom),
                  })
                : t("order.scheduleDefault", { date: when(detail.schedule.effectiveFrom) })}
            </p>
          )}

          {detail.fee ? (
            <section className="space-y-2">
              <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
                <table className="table" data-testid="order-fee-table">
                  <thead>
                    <tr>
                      <th>{t("columns.fee")}</th>
                      <th>{t("columns.rate")}</th>
                      <th>{t("columns.computed")}</th>
                      <th>{t("columns.charged")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {FEE_KINDS.map((k) => {
                      const ex = detail.computed?.explanation[k];
                      return (
                        <tr key={k} data-testid={`order-fee-${k}`}>
                          <td>{t(`kinds.${k}`)}</td>
                          <td className="text-sm">
                            {ex && detail.schedule ? (
                              ex.applies ? (
                                <>
                                  <RateText
                                    fixedFils={ex.fixedFils}
                                    bps={ex.pctBps}
                                    currency={detail.schedule.currency}
                                  />
                                  {ex.pctBps > 0 && (
                                    <span className="text-slate-500">
                                      {" "}
                                      · {t("order.ofCod", { base: money(ex.baseFils), amount: money(ex.pctFils) })}
                                    </span>
                                  )}
                                </>
                              ) : (
                                <span className="text-slate-500">{t(`skipped.${ex.skipped ?? "not_returned"}`)}</span>
                              )
                            ) : (
                              "—"
                            )}
                          </td>
                          <td className="tabular-nums">{ex ? money(ex.amountFils) : "—"}</td>
                          <td className="tabular-nums font-medium" data-testid={`order-fee-${k}-charged`}>
                            {money(detail.fee![AMOUNT[k]])}
                          </td>
                        </tr>
                      );
                    })}
                    <tr className="font-semibold">
                      <td colSpan={2}>{t("columns.total")}</td>
                      <td className="tabular-nums">{detail.computed ? money(detail.computed.totalFils) : "—"}</td>
                      <td className="tabular-nums" data-testid="order-fee-total">
                        {money(detail.fee.totalFils)}
                      </td>
                    </tr>
                  </tbody>
                </table>
              </div>
              {detail.fee.isEdited && detail.fee.editedAt && (
                <p
                  className="rounded-md border border-amber-200 bg-amber-50 p-2 text-sm text-amber-900"
                  data-testid="order-fee-edited"
                >
                  {t("order.editedBy", { name: detail.fee.editedBy ?? "—", date: when(detail.fee.editedAt) })} —{" "}
                  <span dir="auto">{detail.fee.editNote}</span>
                </p>
              )}
              {detail.fee.invoice ? (
                <p
                  className="rounded-md border border-slate-200 bg-slate-50 p-2 text-sm"
                  data-testid="order-fee-invoiced"
                >
                  {t("order.invoiced", { number: detail.fee.invoice.number })}
                </p>
              ) : (
                <OrderFeeEditor
                  key={detail.fee.updatedAt.toISOString()}
                  orderFeeId={detail.fee.id}
                  updatedAt={detail.fee.updatedAt.toISOString()}
                  initial={{
                    serviceAed: filsToAedInput(detail.fee.serviceFils),
                    fulfillmentAed: filsToAedInput(detail.fee.fulfillmentFils),
                    deliveryAed: filsToAedInput(detail.fee.deliveryFils),
                    codFeeAed: filsToAedInput(detail.fee.codFeeFils),
                    returnFeeAed: filsToAedInput(detail.fee.returnFeeFils),
                  }}
                />
              )}
            </section>
          ) : (
            <section className="card space-y-2" data-testid="order-fee-missing">
              <p className="text-sm text-slate-600">{detail.facts ? t("order.noFee") : t("order.notChargeableHelp")}</p>
              {detail.facts && detail.schedule && <CalculateFeeButton orderId={detail.order.id} />}
            </section>
          )}
        </>
      )}
    </div>
  );
}
