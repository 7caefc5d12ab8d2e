import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ReassignForm } from "@/components/delivery/manager/reassign-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { getCourierRun, type CourierRun } from "@/lib/delivery/courier-overview";
import { listDispatchTargets } from "@/lib/delivery/list-ready";
import { isAppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";

export default async function CourierRunPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const actor = await requirePagePermission(locale, "delivery.assign");
  let run: CourierRun;
  try {
    run = await getCourierRun(actor, id);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const [targets, t, tStates, tOrders] = await Promise.all([
    listDispatchTargets(actor),
    getTranslations("delivery"),
    getTranslations("states"),
    getTranslations("orders"),
  ]);
  const others = { ...targets, couriers: targets.couriers.filter((c) => c.value !== `courier:${run.courier.id}`) };

  return (
    <div className="space-y-6" data-testid="courier-run-page">
      <PageHeader
        title={t("run.title", { name: run.courier.name })}
        subtitle={[
          run.courier.company?.name ?? t("couriers.inHouse"),
          run.runStatus ? t(`run.status.${run.runStatus}`) : t("run.noRun"),
        ].join(" · ")}
        actions={
          <Link href="/delivery/manager" className="btn-secondary">
            {t("run.back")}
          </Link>
        }
      />
      {run.courier.phone && (
        <p className="text-sm">
          {t("run.phone")}:{" "}
          <a href={`tel:${run.courier.phone}`} dir="ltr" className="text-brand-700">
            {run.courier.phone}
          </a>
        </p>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="run-stops">
          <thead>
            <tr>
              <th>{t("run.stop")}</th>
              <th>{t("columns.code")}</th>
              <th>{t("columns.state")}</th>
              <th>{t("columns.destination")}</th>
              <th>{t("columns.cod")}</th>
              <th>{t("run.pickedUp")}</th>
              <th>{t("run.attempts")}</th>
              <th>{t("run.reassign")}</th>
            </tr>
          </thead>
          <tbody>
            {run.stops.map((s) => (
              <tr key={s.id} data-testid="run-stop" data-code={s.code}>
                <td className="tabular-nums">{s.runStopNo ?? "—"}</td>
                <td className="font-medium" dir="ltr">
                  {s.code}
                </td>
                <td data-testid="run-stop-state">{tStates(s.state)}</td>
                <td>
                  {tOrders(`emirates.${s.emirate}`)}
                  <span className="text-slate-500">
                    {" "}
                    · {s.area ? `${s.area}, ` : ""}
                    {s.city}
                  </span>
                </td>
                <td className="tabular-nums">{formatFils(s.totalFils, locale)}</td>
                <td>{s.pickedUpAt ? t("run.yes") : t("run.no")}</td>
                <td className="tabular-nums">{s.deliveryAttempts}</td>
                <td>{s.reassignable ? <ReassignForm orderId={s.id} version={s.version} targets={others} /> : "—"}</td>
              </tr>
            ))}
            {!run.stops.length && (
              <tr>
                <td colSpan={8} className="text-center text-slate-500">
                  {t("run.empty")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
