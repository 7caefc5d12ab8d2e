import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { StopReport } from "@/components/delivery/courier/stop-report";
import { Alert } from "@/components/ui/alert";
import { requirePagePermission } from "@/lib/auth/guards";
import { getCourierStop, type CourierStop } from "@/lib/delivery/courier/get-courier-stop";
import { isAppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";

/** One stop: call, navigate, what to hand over and collect, and the courier's report. */
export default async function CourierStopPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const actor = await requirePagePermission(locale, "delivery.update_own");
  let stop: CourierStop;
  try {
    stop = await getCourierStop(actor, { id });
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const [t, tStates, tOrders, format] = await Promise.all([
    getTranslations("courier"),
    getTranslations("states"),
    getTranslations("orders"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Dubai" });

  return (
    <div className="mx-auto w-full max-w-xl space-y-4" data-testid="courier-stop">
      <Link href="/delivery/courier" className="btn-secondary min-h-11" data-testid="back-to-run">
        {t("stop.back")}
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-semibold" dir="ltr" data-testid="order-code">
          {stop.code}
        </h1>
        <span className="rounded bg-slate-100 px-2 py-0.5 text-sm" data-testid="order-state">
          {tStates(stop.state)}
        </span>
      </div>

      {stop.waitingConfirmation && (
        <Alert kind="info" testId="stop-waiting">
          {t("stop.waiting")}
        </Alert>
      )}

      <section className="card space-y-3" data-testid="stop-customer">
        <p className="text-xl font-semibold" data-testid="customer-name">
          {stop.customerName}
        </p>
        <div className="grid grid-cols-2 gap-2">
          <a href={`tel:${stop.customerPhone}`} className="btn-primary min-h-14 text-base" data-testid="call-customer">
            <span aria-hidden>☎</span> {t("stop.call")}
          </a>
          <a
            href={stop.mapUrl}
            target="_blank"
            rel="noopener noreferrer"
            className="btn-secondary min-h-14 text-base"
            data-testid="open-map"
          >
            <span aria-hidden>⌖</span> {stop.hasPin ? t("stop.mapPin") : t("stop.map")}
          </a>
        </div>
        <p className="text-sm text-slate-600" dir="ltr" data-testid="customer-phone">
          {stop.customerPhone}
        </p>
        <div>
          <h2 className="text-sm font-semibold text-slate-700">{t("stop.address")}</h2>
          <p data-testid="customer-address">
            {stop.addressText} · {tOrders(`emirates.${stop.emirate}`)}
          </p>
          {stop.landmark && (
            <p className="text-sm text-slate-600">
              {t("stop.landmark")}: {stop.landmark}
            </p>
          )}
          {stop.notes && (
            <p className="text-sm text-slate-600">
              {t("stop.notes")}: {stop.notes}
            </p>
          )}
        </div>
      </section>

      <section className="card space-y-2" data-testid="stop-parcel">
        <div className="flex items-baseline justify-between gap-2">
          <h2 className="font-semibold">{t("stop.cod")}</h2>
          <span className="text-2xl font-bold tabular-nums" data-testid="stop-cod">
            {formatFils(stop.totalFils, locale)}
          </span>
        </div>
        <ul className="divide-y divide-slate-100 text-sm">
          {stop.lines.map((l) => (
            <li key={l.id} className="flex justify-between gap-2 py-2" data-testid="stop-line">
              <span>
                {locale === "ar" ? l.nameAr : l.nameEn}{" "}
                <span dir="ltr" className="text-xs text-slate-500">
                  {l.sku}
                </span>
              </span>
              <span className="tabular-nums">× {l.quantity}</span>
            </li>
          ))}
        </ul>
        <p className="text-sm" data-testid="stop-pickup-state">
          {stop.pickedUpAt ? t("stop.pickedUpAt", { time: when(stop.pickedUpAt) }) : t("run.notPickedUp")}
          {" · "}
          {t("run.attempts", { count: stop.deliveryAttempts })}
        </p>
      </section>

      {stop.canReport && (
        <StopReport
          order={{
            id: stop.id,
            version: stop.version,
            totalFils: stop.totalFils,
            pickedUp: !!stop.pickedUpAt,
            otpAvailable: stop.otpAvailable,
            otpLocked: stop.otpLocked,
          }}
        />
      )}

      {stop.attempts.length > 0 && (
        <section className="card space-y-2" data-testid="stop-attempts">
          <h2 className="font-semibold">{t("stop.myReports")}</h2>
          <ul className="space-y-1 text-sm">
            {stop.attempts.map((a) => (
              <li key={a.attemptNo} data-testid="stop-attempt">
                {t("stop.attemptLine", {
                  no: a.attemptNo,
                  outcome: t(`outcomes.${a.outcome}`),
                  time: when(a.createdAt),
                })}
                {a.outcome === "delivered" && <> · {formatFils(a.codCollectedFils, locale)}</>}
                {a.rescheduleAt && <> · {t("stop.rescheduledFor", { time: when(a.rescheduleAt) })}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
