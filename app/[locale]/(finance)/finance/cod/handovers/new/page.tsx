import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CodNav } from "@/components/finance/cod/cod-nav";
import { HandoverForm } from "@/components/finance/cod/handover-form";
import { Alert } from "@/components/ui/alert";
import { requirePagePermission } from "@/lib/auth/guards";
import { getCourierCash } from "@/lib/finance/cod/get-courier-cash";
import { listHandoverCouriers } from "@/lib/finance/cod/list-cod-choices";
import { formatMoney } from "@/lib/money/format-money";

export default async function NewHandoverPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ courierId?: string }>;
}) {
  const { locale } = await params;
  const { courierId } = await searchParams;
  const actor = await requirePagePermission(locale, "finance.cod.reconcile");
  const [couriers, t, format] = await Promise.all([
    listHandoverCouriers(actor),
    getTranslations("cod"),
    getFormatter(),
  ]);
  const chosen = courierId && couriers.some((c) => c.id === courierId) ? courierId : null;
  const cash = chosen ? await getCourierCash(actor, chosen) : null;

  return (
    <div className="space-y-6" data-testid="handover-new">
      <PageHeader title={t("handover.title")} subtitle={t("handover.subtitle")} />
      <CodNav active={null} />
      <form method="get" className="card flex flex-wrap items-end gap-3" data-testid="courier-picker">
        <div className="min-w-64">
          <label htmlFor="courierId" className="label">
            {t("handover.courier")}
          </label>
          <select
            id="courierId"
            name="courierId"
            defaultValue={chosen ?? ""}
            className="input"
            data-testid="handover-courier"
          >
            <option value="">{t("handover.chooseCourier")}</option>
            {couriers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.isActive ? "" : ` (${t("handover.inactive")})`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary" data-testid="handover-courier-go">
          {t("handover.show")}
        </button>
      </form>

      {cash && (
        <section className="space-y-3" data-testid="courier-cash" data-courier={cash.courier.name}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-lg font-semibold">{t("handover.cashInHand", { name: cash.courier.name })}</h2>
            <p className="tabular-nums" data-testid="courier-cash-total" data-value={cash.totalFils.toString()}>
              {t("handover.cashTotal", { count: cash.count, amount: formatMoney(cash.totalFils, "AED", locale) })}
            </p>
          </div>
          {cash.truncated && (
            <Alert kind="info" testId="cash-truncated">
              {t("handover.truncated", { shown: cash.collections.length, count: cash.count })}
            </Alert>
          )}
          {cash.collections.length ? (
            <HandoverForm
              key={cash.courier.id}
              courierId={cash.courier.id}
              currency={cash.collections[0]?.currency ?? "AED"}
              rows={cash.collections.map((c) => ({
                id: c.id,
                orderCode: c.orderCode,
                amountFils: c.amountFils,
                delivered: format.dateTime(c.deliveredAt, { dateStyle: "medium", timeStyle: "short" }),
              }))}
            />
          ) : (
            <Alert kind="info" testId="courier-no-cash">
              {t("handover.noCash")}
            </Alert>
          )}
        </section>
      )}
    </div>
  );
}
