import { getTranslations } from "next-intl/server";
import { PickupScan } from "@/components/delivery/courier/pickup-scan";
import { Alert } from "@/components/ui/alert";
import { requirePagePermission } from "@/lib/auth/guards";
import { getCourierRun } from "@/lib/delivery/courier/get-courier-run";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";

/** The courier's phone screen: today's stops, totals, pick-up scan and returns to bring back. */
export default async function CourierRunPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "delivery.update_own");
  const [run, t] = await Promise.all([getCourierRun(actor), getTranslations("courier")]);

  const tiles = [
    { key: "toDeliver", value: String(run.totals.toDeliver) },
    { key: "deliveredToday", value: String(run.totals.deliveredToday) },
    { key: "cashToday", value: formatFils(run.totals.cashTodayFils, locale) },
  ] as const;

  return (
    <div className="mx-auto w-full max-w-xl space-y-4" data-testid="dashboard-courier">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900" data-testid="page-title">
          {t("run.title")}
        </h1>
        <p className="text-sm text-slate-600">{t("run.subtitle", { name: actor.name })}</p>
      </div>
      {!run.hasCourier && (
        <Alert kind="info" testId="no-courier">
          {t("run.noCourier")}
        </Alert>
      )}

      <div className="grid grid-cols-3 gap-2">
        {tiles.map((tile) => (
          <div key={tile.key} className="rounded-lg border border-slate-200 bg-white p-3 text-center shadow-sm">
            <div className="text-lg font-semibold tabular-nums" data-testid={`total-${tile.key}`}>
              {tile.value}
            </div>
            <div className="text-xs text-slate-600">{t(`run.totals.${tile.key}`)}</div>
          </div>
        ))}
      </div>

      {run.hasCourier && <PickupScan />}

      <section className="space-y-2" data-testid="run-stops">
        <h2 className="font-semibold">{t("run.stops", { count: run.stops.length })}</h2>
        {run.stops.map((s, i) => (
          <Link
            key={s.id}
            href={`/delivery/courier/orders/${s.id}`}
            data-testid="stop-card"
            data-code={s.code}
            data-state={s.state}
            className={`block rounded-lg border bg-white p-4 shadow-sm active:bg-slate-50 ${s.waitingConfirmation ? "border-slate-200 opacity-75" : "border-slate-300"}`}
          >
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="inline-flex h-7 min-w-7 items-center justify-center rounded-full bg-slate-800 px-2 text-sm font-semibold text-white">
                    {s.runStopNo ?? i + 1}
                  </span>
                  <span className="font-semibold" dir="ltr" data-testid="stop-code">
                    {s.code}
                  </span>
                </div>
                <p className="mt-1 truncate text-base" data-testid="stop-customer">
                  {s.customerName}
                </p>
                <p className="text-sm text-slate-600">{[s.area, s.city].filter(Boolean).join(", ")}</p>
              </div>
              <div className="shrink-0 text-end">
                <div className="font-semibold tabular-nums" data-testid="stop-cod">
                  {formatFils(s.totalFils, locale)}
                </div>
                <div className="text-xs text-slate-500">{t("run.attempts", { count: s.deliveryAttempts })}</div>
              </div>
            </div>
            <div className="mt-2 flex flex-wrap gap-2 text-xs">
              {s.waitingConfirmation ? (
                <span className="rounded bg-sky-100 px-2 py-1 text-sky-900" data-testid="stop-waiting">
                  {t("run.waiting")}
                </span>
              ) : s.pickedUpAt ? (
                <span className="rounded bg-emerald-100 px-2 py-1 text-emerald-900" data-testid="stop-picked">
                  {t("run.pickedUp")}
                </span>
              ) : (
                <span className="rounded bg-amber-100 px-2 py-1 text-amber-900" data-testid="stop-not-picked">
                  {t("run.notPickedUp")}
                </span>
              )}
            </div>
          </Link>
        ))}
        {!run.stops.length && (
          <p className="card text-sm text-slate-600" data-testid="run-empty">
            {t("run.empty")}
          </p>
        )}
      </section>

      <section className="card space-y-2" data-testid="run-returns">
        <h2 className="font-semibold">{t("run.returns")}</h2>
        <p className="text-xs text-slate-500">{t("run.returnsHint")}</p>
        <ul className="divide-y divide-slate-100">
          {run.returns.map((r) => (
            <li key={r.orderId} className="flex justify-between gap-2 py-2 text-sm" data-testid="return-row">
              <span dir="ltr" className="font-medium">
                {r.returnCode}
              </span>
              <span dir="ltr" className="text-slate-600">
                {r.orderCode}
              </span>
            </li>
          ))}
          {!run.returns.length && <li className="py-2 text-sm text-slate-500">{t("run.noReturns")}</li>}
        </ul>
      </section>
    </div>
  );
}
