import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CompletePackingButton } from "@/components/packaging/complete-packing-button";
import { PackingDetailsForm } from "@/components/packaging/packing-details-form";
import { PrintToolbar } from "@/components/packaging/print-toolbar";
import { QcForm } from "@/components/packaging/qc-form";
import { ScanStation } from "@/components/packaging/scan-station";
import { StartPackingButton } from "@/components/packaging/start-packing-button";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import { getPackingOrder, type PackingOrder } from "@/lib/packaging/get-packing-order";

export default async function PackingOrderPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const actor = await requirePagePermission(locale, "packaging.pack");
  let order: PackingOrder;
  try {
    order = await getPackingOrder(actor, { id });
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const [t, tStates, tOrders, format] = await Promise.all([
    getTranslations("packaging"),
    getTranslations("states"),
    getTranslations("orders"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const name = (l: { nameEn: string; nameAr: string }) => (locale === "ar" ? l.nameAr : l.nameEn);
  const r = order.record;
  const inProgress = order.state === "packaging_in_progress";
  const completeHint = !order.allScanned ? t("complete.needScans") : r?.qcPassed !== true ? t("complete.needQc") : null;
  const docs = `ids=${order.id}`;

  return (
    <div className="max-w-6xl space-y-6" data-testid="packing-order">
      <PageHeader
        title={t("order.title")}
        actions={
          <Link href="/warehouse/packaging" className="btn-secondary">
            {t("order.back")}
          </Link>
        }
      />
      <p className="-mt-4 flex flex-wrap items-center gap-3">
        <span className="text-xl font-semibold" dir="ltr" data-testid="order-code">
          {order.code}
        </span>
        <span className="rounded bg-slate-100 px-2 py-0.5 text-sm" data-testid="order-state">
          {tStates(order.state)}
        </span>
        <span className="text-sm text-slate-600">
          {t("order.seller")}: {order.seller}
        </span>
        {order.warehouse && (
          <span className="text-sm text-slate-600">
            {t("order.warehouse")}: <span dir="ltr">{order.warehouse.code}</span>
          </span>
        )}
        <span className="text-sm text-slate-600">
          {tOrders(`emirates.${order.emirate}`)} · {order.city}
        </span>
        <span className="text-sm text-slate-600">
          {t("order.cod")}: <span className="tabular-nums">{formatFils(order.totalFils, locale)}</span>
        </span>
      </p>
      {order.notes && (
        <Alert kind="info" testId="order-notes">
          {t("order.notes")}: {order.notes}
        </Alert>
      )}

      <nav className="flex flex-wrap gap-2 text-sm" aria-label={t("order.documents")}>
        {(order.state === "callcenter_approved" || inProgress) && (
          <Link href={`/warehouse/packaging/pick-list?${docs}`} className="btn-secondary" data-testid="open-pick-list">
            {t("bulk.pickList")}
          </Link>
        )}
        <Link href={`/warehouse/packaging/slips?${docs}`} className="btn-secondary" data-testid="open-slip">
          {t("slip.title")}
        </Link>
        {can(actor, "labels.print") && (
          <Link href={`/warehouse/packaging/labels?${docs}`} className="btn-secondary" data-testid="open-label">
            {t("labels.title")}
          </Link>
        )}
      </nav>

      {order.canStart && (
        <div className="card space-y-2">
          <p className="text-sm text-slate-600">{t("order.notStarted")}</p>
          <StartPackingButton orderId={order.id} version={order.version} />
        </div>
      )}
      {r && inProgress && (
        <p className="text-sm text-slate-600" data-testid="packing-by">
          {t("order.packer", { name: r.packer, time: when(r.startedAt) })}
        </p>
      )}
      {order.canRestart && (
        <Alert testId="qc-failed">
          {t("order.qcFailed", { notes: r?.qcNotes ?? "" })}
          <div className="mt-2">
            <StartPackingButton orderId={order.id} version={order.version} restart testId="restart-packing" />
          </div>
        </Alert>
      )}

      {(inProgress || order.state === "packaging_completed") && (
        <ScanStation
          orderId={order.id}
          version={order.version}
          enabled={order.canScan}
          lines={order.lines.map((l) => ({
            id: l.id,
            sku: l.sku,
            barcode: l.barcode,
            name: name(l),
            quantity: l.quantity,
            scanned: order.state === "packaging_completed" ? l.quantity : l.scanned,
            bins: l.bins,
          }))}
        />
      )}

      {r && inProgress && (
        <div className="grid gap-4 lg:grid-cols-2">
          <PackingDetailsForm
            key={r.id}
            orderId={order.id}
            version={order.version}
            editable={order.canEditDetails}
            initial={{
              materials: r.materials,
              weightGrams: r.weightGrams,
              lengthMm: r.lengthMm,
              widthMm: r.widthMm,
              heightMm: r.heightMm,
              photoFileId: r.photoFileId,
            }}
          />
          <div className="space-y-4">
            {r.qcPassed === null && order.canQc && <QcForm orderId={order.id} version={order.version} />}
            {r.qcPassed === null && !order.allScanned && (
              <p className="card text-sm text-slate-600" data-testid="qc-wait">
                {t("qc.waitScans")}
              </p>
            )}
            {r.qcPassed === null && order.allScanned && !can(actor, "packaging.qc") && (
              <p className="card text-sm text-slate-600">{t("qc.noPermission")}</p>
            )}
            {r.qcPassed === true && (
              <Alert kind="success" testId="qc-passed">
                {t("qc.passed")}
                {r.qcNotes ? ` ${r.qcNotes}` : ""}
              </Alert>
            )}
            {!order.canRestart && (
              <div className="card">
                <CompletePackingButton
                  orderId={order.id}
                  version={order.version}
                  enabled={order.canComplete}
                  hint={completeHint}
                />
              </div>
            )}
          </div>
        </div>
      )}

      {order.state === "packaging_completed" && (
        <section className="space-y-3">
          <Alert kind="success" testId="packing-completed">
            {t("order.completed")}
          </Alert>
          <p className="text-sm text-slate-600" data-testid="label-status">
            {order.labelPrintedAt
              ? t("order.labelPrinted", { time: when(order.labelPrintedAt) })
              : t("order.labelNotPrinted")}
          </p>
          {order.canPrint && <PrintToolbar orderIds={[order.id]} labels />}
        </section>
      )}
    </div>
  );
}
