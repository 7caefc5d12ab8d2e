import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CodNav } from "@/components/finance/cod/cod-nav";
import { Difference } from "@/components/finance/cod/difference";
import { ResolveHandoverForm } from "@/components/finance/cod/resolve-handover-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { Alert } from "@/components/ui/alert";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { getHandover } from "@/lib/finance/cod/get-handover";
import { formatMoney } from "@/lib/money/format-money";

export default async function HandoverPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const actor = await requirePagePermission(locale, "finance.cod.reconcile");
  const h = await getHandover(actor, id).catch((e) => {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  });
  const [t, format] = await Promise.all([getTranslations("cod"), getFormatter()]);
  const money = (f: number | bigint) => formatMoney(f, "AED", locale);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");

  return (
    <div className="space-y-6" data-testid="handover-detail" data-code={h.code}>
      <PageHeader
        title={t("handoverDetail.title", { code: h.code })}
        subtitle={t("handoverDetail.subtitle", { name: h.courier.name })}
      />
      <CodNav active="handovers" />
      {h.status === "disputed" && <Alert testId="handover-flag">{t("handoverDetail.flagged")}</Alert>}
      <dl className="card grid gap-4 md:grid-cols-4">
        <div>
          <dt className="label">{t("columns.status")}</dt>
          <dd>
            <StatusBadge family="cod" status={h.status} data-testid="handover-status" />
          </dd>
        </div>
        <div>
          <dt className="label">{t("columns.expected")}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="handover-expected-total">
            {money(h.expectedFils)}
          </dd>
        </div>
        <div>
          <dt className="label">{t("columns.received")}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="handover-received-total">
            {money(h.receivedFils)}
          </dd>
        </div>
        <div>
          <dt className="label">{t("columns.difference")}</dt>
          <dd className="text-lg">
            <Difference fils={h.differenceFils} locale={locale} testId="handover-difference" />
          </dd>
        </div>
        <div>
          <dt className="label">{t("handoverDetail.receivedBy")}</dt>
          <dd>{h.receivedByName ?? "—"}</dd>
        </div>
        <div>
          <dt className="label">{t("handoverDetail.receivedAt")}</dt>
          <dd>{when(h.submittedAt ?? h.createdAt)}</dd>
        </div>
        <div>
          <dt className="label">{t("handoverDetail.reconciledBy")}</dt>
          <dd data-testid="handover-reconciled-by">{h.reconciledBy?.name ?? "—"}</dd>
        </div>
        <div>
          <dt className="label">{t("handoverDetail.reconciledAt")}</dt>
          <dd>{when(h.reconciledAt)}</dd>
        </div>
        {h.note && (
          <div className="md:col-span-4">
            <dt className="label">{t("handoverDetail.note")}</dt>
            <dd className="whitespace-pre-line" data-testid="handover-note-text">
              {h.note}
            </dd>
          </div>
        )}
        {h.resolutionNote && (
          <div className="md:col-span-4">
            <dt className="label">{t("handoverDetail.resolution")}</dt>
            <dd className="whitespace-pre-line" data-testid="handover-resolution">
              {h.resolutionNote}
            </dd>
          </div>
        )}
      </dl>

      {h.status === "disputed" && <ResolveHandoverForm handoverId={h.id} version={h.version} />}

      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t("handoverDetail.orders", { count: h.collections.length })}</h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="table" data-testid="handover-orders">
            <thead>
              <tr>
                <th>{t("columns.order")}</th>
                <th>{t("columns.delivered")}</th>
                <th className="text-end">{t("columns.amount")}</th>
              </tr>
            </thead>
            <tbody>
              {h.collections.map((c) => (
                <tr key={c.id} data-testid="handover-order" data-code={c.orderCode}>
                  <td dir="ltr" className="text-start font-medium">
                    {c.orderCode}
                  </td>
                  <td>{when(c.deliveredAt)}</td>
                  <td className="text-end tabular-nums">{money(c.amountFils)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
