import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReturnLines } from "@/components/returns/return-lines";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import { getSellerReturn, type SellerReturnDetail } from "@/lib/returns/get-seller-return";

export default async function SellerReturnPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const actor = await requirePagePermission(locale, "returns.view_own");
  let ret: SellerReturnDetail;
  try {
    ret = await getSellerReturn(actor, { id });
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const [t, format] = await Promise.all([getTranslations("returns"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const steps = [
    { step: "created", at: ret.createdAt },
    { step: "received", at: ret.receivedAt },
    { step: "inspected", at: ret.inspectedAt },
    { step: "closed", at: ret.closedAt },
  ].filter((s): s is { step: string; at: Date } => !!s.at);

  return (
    <div className="max-w-4xl space-y-6" data-testid="seller-return">
      <PageHeader
        title={t("detail.title")}
        actions={
          <Link href="/seller/returns" className="btn-secondary">
            {t("seller.back")}
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
        <section className="card space-y-2 text-sm">
          <p>
            <span className="text-slate-500">{t("detail.order")}: </span>
            <Link
              href={`/seller/orders/${ret.order.id}`}
              className="underline"
              dir="ltr"
              data-testid="return-order-code"
            >
              {ret.order.code}
            </Link>
          </p>
          <p>
            <span className="text-slate-500">{t("detail.source")}: </span>
            {t(`source.${ret.source}`)}
          </p>
          {ret.reason && (
            <p>
              <span className="text-slate-500">{t("detail.reason")}: </span>
              {ret.reason}
            </p>
          )}
          <p>
            <span className="text-slate-500">{t("detail.refund")}: </span>
            <span className="tabular-nums" data-testid="return-refund">
              {formatFils(ret.refundFils, locale)}
            </span>
            <span className="text-slate-500"> · {t(`refundStatus.${ret.refundStatus}`)}</span>
          </p>
          {ret.inspectionNotes && (
            <p>
              <span className="text-slate-500">{t("detail.notes")}: </span>
              <span data-testid="return-notes">{ret.inspectionNotes}</span>
            </p>
          )}
        </section>
        <section className="card text-sm">
          <h2 className="mb-2 font-semibold">{t("detail.timeline")}</h2>
          <ol className="space-y-1 border-s border-slate-200 ps-4" data-testid="return-timeline">
            {steps.map((s) => (
              <li key={s.step} data-testid="return-event" data-step={s.step}>
                <span className="tabular-nums text-slate-500">{when(s.at)}</span>{" "}
                <span className="font-medium">{t(`timeline.${s.step}`)}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
      <ReturnLines lines={ret.order.lines} />
      <section className="card space-y-2">
        <h2 className="font-semibold">{t("detail.photos")}</h2>
        {ret.photos.length ? (
          <ul className="flex flex-wrap gap-3">
            {ret.photos.map((p) => (
              <li key={p.id}>
                {/* A plain img: the bytes come from the authorized file route, not a static asset. */}
                <img
                  src={`/api/files/${p.fileId}`}
                  alt={t("detail.photoAlt", { code: ret.code })}
                  className="h-24 w-24 rounded border border-slate-200 object-cover"
                  data-testid="return-photo"
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">{t("detail.noPhotos")}</p>
        )}
      </section>
    </div>
  );
}
