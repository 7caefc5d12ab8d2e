import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import { getOrder, type OrderDetail } from "@/lib/orders/get-order";
import { sellerReturnsOfOrder } from "@/lib/returns/list-seller-returns";

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { locale, id } = await params;
  const { created } = await searchParams;
  const actor = await requirePagePermission(locale, "orders.view_own", "orders.view_all");
  let order: OrderDetail;
  try {
    order = await getOrder(actor, { id });
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const [t, tStates, format, returns, tReturns] = await Promise.all([
    getTranslations("orders"),
    getTranslations("states"),
    getFormatter(),
    sellerReturnsOfOrder(actor, { orderId: order.id }),
    getTranslations("returns"),
  ]);
  const d = (k: string, v: Record<string, string> = {}) => t(`detail.${k}`, v);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="max-w-5xl space-y-6">
      <PageHeader
        title={d("title")}
        actions={
          <Link href="/seller/orders" className="btn-secondary">
            {d("backToList")}
          </Link>
        }
      />
      <p className="-mt-4 flex flex-wrap items-center gap-3">
        <span className="text-xl font-semibold" dir="ltr" data-testid="order-code">
          {order.code}
        </span>
        <StatusBadge family="sellerStatus" status={order.sellerStatus} data-testid="order-status" />
        {order.state && (
          <span className="text-sm text-slate-600" data-testid="order-state">
            {d("state")}: {tStates(order.state)}
          </span>
        )}
      </p>
      {returns.length > 0 && (
        <p className="text-sm" data-testid="order-returns">
          <span className="text-slate-500">{tReturns("seller.orderReturns")}: </span>
          {returns.map((r) => (
            <Link
              key={r.id}
              href={`/seller/returns/${r.id}`}
              className="me-3 underline"
              dir="ltr"
              data-testid="order-return-link"
            >
              {r.code}
            </Link>
          ))}
        </p>
      )}
      {created && (
        <Alert kind="success" testId="order-created">
          {d("created", { code: order.code })}
        </Alert>
      )}
      {order.isLikelyDuplicate && (
        <Alert kind="info" testId="duplicate-flag">
          <strong>{d("duplicate")}.</strong>{" "}
          {order.duplicateOf ? (
            <Link href={`/seller/orders/${order.duplicateOf.id}`} className="underline" data-testid="duplicate-of">
              {d("duplicateOf", { code: order.duplicateOf.code })}
            </Link>
          ) : (
            d("duplicateHint")
          )}
        </Alert>
      )}

      <div className="grid gap-4 md:grid-cols-2">
        <section className="card space-y-2" data-testid="order-customer">
          <h2 className="font-semibold">{d("customer")}</h2>
          <p>{order.customerName}</p>
          <p>
            <span className="text-slate-500">{d("phone")}: </span>
            <span dir="ltr" data-testid="order-phone">
              {order.customerPhone}
            </span>
          </p>
          <h2 className="pt-2 font-semibold">{d("address")}</h2>
          <p data-testid="order-address">
            {[order.street, order.building, order.area, order.city, t(`emirates.${order.emirate}`)]
              .filter(Boolean)
              .join(locale === "ar" ? "، " : ", ")}
          </p>
          {order.landmark && <p className="text-sm text-slate-600">{order.landmark}</p>}
        </section>
        <section className="card space-y-2 text-sm">
          {order.seller && (
            <p>
              <span className="text-slate-500">{d("seller")}: </span>
              {order.seller.storeName} <span dir="ltr">({order.seller.code})</span>
            </p>
          )}
          <p>
            <span className="text-slate-500">{d("createdAt")}: </span>
            {when(order.createdAt)}
          </p>
          <p>
            <span className="text-slate-500">{d("source")}: </span>
            {d(`sources.${order.source}`)}
          </p>
          {order.externalRef && (
            <p>
              <span className="text-slate-500">{d("externalRef")}: </span>
              <span dir="ltr">{order.externalRef}</span>
            </p>
          )}
          {order.notes && (
            <p>
              <span className="text-slate-500">{d("notes")}: </span>
              {order.notes}
            </p>
          )}
        </section>
      </div>

      <section className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="order-lines">
          <thead>
            <tr>
              <th>{d("sku")}</th>
              <th>{d("product")}</th>
              <th>{d("quantity")}</th>
              <th>{d("unitPrice")}</th>
              <th>{d("lineTotal")}</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((l) => (
              <tr key={l.id} data-testid="order-line-row">
                <td dir="ltr" className="text-start">
                  {l.sku}
                </td>
                <td>{locale === "ar" ? l.nameAr : l.nameEn}</td>
                <td className="tabular-nums">{l.quantity}</td>
                <td className="tabular-nums">{formatFils(l.unitPriceFils, locale)}</td>
                <td className="tabular-nums">{formatFils(l.lineTotalFils, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={4} className="text-end font-semibold">
                {d("total")}
              </td>
              <td className="font-semibold tabular-nums" data-testid="order-detail-total">
                {formatFils(order.totalFils, locale)}
              </td>
            </tr>
          </tfoot>
        </table>
      </section>

      <section className="card">
        <h2 className="mb-3 font-semibold">{d("timeline")}</h2>
        <ol className="space-y-2 border-s border-slate-200 ps-4" data-testid="order-timeline">
          {order.events.map((e) => (
            <li key={e.id} className="text-sm" data-testid="order-event">
              <span className="tabular-nums text-slate-500">{when(e.createdAt)}</span>{" "}
              {"toState" in e && e.toState ? (
                <>
                  <span className="font-medium">{tStates(e.toState)}</span>
                  {e.actorName && <span className="text-slate-500"> · {d("by", { name: e.actorName })}</span>}
                  {e.note && <p className="text-slate-600">{e.note}</p>}
                </>
              ) : (
                <StatusBadge family="sellerStatus" status={e.sellerStatus} data-testid="order-status" />
              )}
            </li>
          ))}
          {!order.events.length && <li className="text-sm text-slate-500">{d("noEvents")}</li>}
        </ol>
      </section>
    </div>
  );
}
