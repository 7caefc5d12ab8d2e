import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReturnLines } from "@/components/returns/return-lines";
import { PageHeader } from "@/components/ui/page-header";
import { CloseReturnButton } from "@/components/returns/close-return-button";
import { InspectForm } from "@/components/returns/inspect-form";
import { ReceiveOne } from "@/components/returns/receive-actions";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import { getWarehouseReturn, type WarehouseReturnDetail } from "@/lib/returns/get-return";

export default async function WarehouseReturnPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const actor = await requirePagePermission(locale, "returns.inspect");
  let ret: WarehouseReturnDetail;
  try {
    ret = await getWarehouseReturn(actor, { id });
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const [t, tStates, format] = await Promise.all([
    getTranslations("returns"),
    getTranslations("states"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const incoming = ret.status === "requested" || ret.status === "in_transit";

  return (
    <div className="max-w-5xl space-y-6" data-testid="warehouse-return">
      <PageHeader
        title={t("detail.title")}
        actions={
          <Link href="/warehouse/returns" className="btn-secondary">
            {t("detail.back")}
          </Link>
        }
      />
      <p className="-mt-4 flex flex-wrap items-center gap-3">
        <span className="text-xl font-semibold" dir="ltr" data-testid="return-code">
          {ret.code}
        </span>
        <StatusBadge family="return" status={ret.status} data-testid="return-status" />
        <StatusBadge
          family="inspection"
          status={ret.inspectionResult}
          data-testid="inspection-result"
          data-result={ret.inspectionResult ?? undefined}
        />
      </p>

      <div className="grid gap-4 md:grid-cols-2">
        <section className="card space-y-2 text-sm" data-testid="return-summary">
          <p>
            <span className="text-slate-500">{t("detail.order")}: </span>
            <span dir="ltr" data-testid="return-order-code">
              {ret.order.code}
            </span>
            <span className="text-slate-500"> · {tStates(ret.order.state)}</span>
          </p>
          <p>
            <span className="text-slate-500">{t("detail.seller")}: </span>
            {ret.order.seller.storeName} <span dir="ltr">({ret.order.seller.code})</span>
          </p>
          <p>
            <span className="text-slate-500">{t("detail.source")}: </span>
            {t(`source.${ret.source}`)}
          </p>
          <p>
            <span className="text-slate-500">{t("detail.reason")}: </span>
            <span data-testid="return-reason">{ret.reason}</span>
          </p>
          <p>
            <span className="text-slate-500">{t("detail.warehouse")}: </span>
            <span dir="ltr">{ret.order.warehouseCode ?? "—"}</span>
          </p>
          <p>
            <span className="text-slate-500">{t("detail.orderTotal")}: </span>
            <span className="tabular-nums">{formatFils(ret.order.totalFils, locale)}</span>
          </p>
        </section>
        <section className="card space-y-2 text-sm" data-testid="return-courier">
          <h2 className="font-semibold">{t("detail.courier")}</h2>
          {ret.courier ? (
            <>
              <p data-testid="return-courier-name">
                {ret.courier.name}
                {ret.courier.company && <span className="text-slate-500"> · {ret.courier.company}</span>}
              </p>
              {ret.courier.phone && (
                <p dir="ltr" className="text-start">
                  {ret.courier.phone}
                </p>
              )}
            </>
          ) : (
            <p className="text-slate-500">{t("byCourier.noCourier")}</p>
          )}
          <h2 className="pt-2 font-semibold">{t("detail.timeline")}</h2>
          <ol className="space-y-1 border-s border-slate-200 ps-4" data-testid="return-timeline">
            {ret.timeline.map((e) => (
              <li key={e.step} data-testid="return-event" data-step={e.step}>
                <span className="tabular-nums text-slate-500">{when(e.at)}</span>{" "}
                <span className="font-medium">{t(`timeline.${e.step}`)}</span>
                {e.by && <span className="text-slate-500"> · {t("timeline.by", { name: e.by })}</span>}
              </li>
            ))}
          </ol>
        </section>
      </div>

      <ReturnLines lines={ret.order.lines} />

      {incoming && (
        <section className="card space-y-2">
          <p className="text-sm text-slate-600">{t("receive.detailHint")}</p>
          <ReceiveOne returnId={ret.id} code={ret.code} />
        </section>
      )}

      {ret.status === "received" && (
        <InspectForm
          returnId={ret.id}
          version={ret.version}
          bins={ret.bins}
          orderTotal={formatFils(ret.order.totalFils, locale)}
        />
      )}

      {(ret.status === "inspected" || ret.status === "closed") && (
        <section className="card space-y-2 text-sm" data-testid="return-inspection">
          <h2 className="font-semibold">{t("detail.inspection")}</h2>
          <p>
            <span className="text-slate-500">{t("detail.result")}: </span>
            <StatusBadge
              family="inspection"
              status={ret.inspectionResult}
              data-testid="inspection-result"
              data-result={ret.inspectionResult ?? undefined}
            />
          </p>
          {ret.location && (
            <p>
              <span className="text-slate-500">{t("detail.bin")}: </span>
              <span dir="ltr" data-testid="return-bin">
                {ret.location.code}
              </span>
            </p>
          )}
          {ret.inspectionNotes && (
            <p>
              <span className="text-slate-500">{t("detail.notes")}: </span>
              <span data-testid="return-notes">{ret.inspectionNotes}</span>
            </p>
          )}
          <p>
            <span className="text-slate-500">{t("detail.refund")}: </span>
            <span className="tabular-nums" data-testid="return-refund">
              {formatFils(ret.refundFils, locale)}
            </span>
            <span className="text-slate-500"> · {t(`refundStatus.${ret.refundStatus}`)}</span>
          </p>
          <h3 className="pt-2 font-semibold">{t("detail.photos")}</h3>
          {ret.photos.length ? (
            <ul className="flex flex-wrap gap-3">
              {ret.photos.map((p) => (
                <li key={p.id}>
                  {/* A plain img: the bytes come from the authorized file route, not a static asset. */}
                  <a href={`/api/files/${p.fileId}`} target="_blank" rel="noreferrer">
                    <img
                      src={`/api/files/${p.fileId}`}
                      alt={t("detail.photoAlt", { code: ret.code })}
                      className="h-24 w-24 rounded border border-slate-200 object-cover"
                      data-testid="return-photo"
                    />
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-500">{t("detail.noPhotos")}</p>
          )}
          {ret.status === "inspected" && (
            <div className="pt-2">
              <CloseReturnButton returnId={ret.id} version={ret.version} />
            </div>
          )}
        </section>
      )}
    </div>
  );
}
