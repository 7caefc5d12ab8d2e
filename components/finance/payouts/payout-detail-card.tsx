import { getTranslations } from "next-intl/server";
import type { PayoutDetail } from "@/lib/finance/payouts/get-payout";
import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money/format-money";
import { uaeDate } from "../statements/line-source";
import { StatusBadge } from "@/components/ui/status-badge";

/** A payout's facts and its steps (who requested, approved, paid it, and when). */
export async function PayoutDetailCard({
  payout,
  locale,
  invoiceHrefBase,
  showPeople,
}: {
  payout: PayoutDetail;
  locale: string;
  invoiceHrefBase: string;
  showPeople: boolean;
}) {
  const t = await getTranslations("payouts");
  const when = (d: Date | null) => (d ? uaeDate(d, locale) : "—");
  return (
    <div className="card space-y-4" data-testid="payout-detail" data-status={payout.status}>
      <dl className="grid gap-3 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-500">{t("columns.number")}</dt>
          <dd dir="ltr" className="font-semibold" data-testid="payout-number">
            {payout.number}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("columns.status")}</dt>
          <dd>
            <StatusBadge family="payout" status={payout.status} data-testid="payout-status" />
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("columns.amount")}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="payout-amount">
            {formatMoney(payout.amountFils, payout.currency, locale)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("columns.invoice")}</dt>
          <dd>
            {payout.invoice ? (
              <Link
                href={`${invoiceHrefBase}/${payout.invoice.id}`}
                className="text-brand-700 hover:underline"
                dir="ltr"
                data-testid="payout-invoice-link"
              >
                {payout.invoice.number}
              </Link>
            ) : (
              "—"
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("columns.seller")}</dt>
          <dd>{payout.seller.storeName}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("columns.requested")}</dt>
          <dd>
            {when(payout.createdAt)}
            {showPeople ? ` · ${payout.createdBy.name}` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("columns.approved")}</dt>
          <dd>
            {when(payout.approvedAt)}
            {showPeople && payout.approvedBy ? ` · ${payout.approvedBy.name}` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("columns.paid")}</dt>
          <dd data-testid="payout-paid-at">
            {when(payout.paidAt)}
            {showPeople && payout.paidBy ? ` · ${payout.paidBy.name}` : ""}
          </dd>
        </div>
        {payout.method && (
          <div>
            <dt className="text-slate-500">{t("method")}</dt>
            <dd>{t.has(`methods.${payout.method}`) ? t(`methods.${payout.method}`) : payout.method}</dd>
          </div>
        )}
        {payout.reference && (
          <div>
            <dt className="text-slate-500">{t("reference")}</dt>
            <dd dir="ltr" data-testid="payout-reference-value">
              {payout.reference}
            </dd>
          </div>
        )}
        {payout.proofFileId && (
          <div>
            <dt className="text-slate-500">{t("proof")}</dt>
            <dd>
              <a
                href={`/api/files/${payout.proofFileId}`}
                target="_blank"
                rel="noopener"
                className="text-brand-700 hover:underline"
                data-testid="payout-proof-link"
              >
                {t("viewProof")}
              </a>
            </dd>
          </div>
        )}
        {payout.cancelledAt && (
          <div className="sm:col-span-2">
            <dt className="text-slate-500">{t("cancelledBecause")}</dt>
            <dd data-testid="payout-cancel-reason-value">{payout.cancelReason}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
