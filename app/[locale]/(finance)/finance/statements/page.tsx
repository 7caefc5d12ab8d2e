import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CreditEntryForm } from "@/components/finance/credit/credit-entry-form";
import { CreditHistory } from "@/components/finance/credit/credit-history";
import { GenerateInvoiceButton } from "@/components/finance/statements/generate-invoice-button";
import { StatementView } from "@/components/finance/statements/statement-view";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { getCredit } from "@/lib/finance/credit/get-credit";
import { getStatement, listStatementSellers } from "@/lib/finance/statements/get-statement";
import { lastFullUaeMonth, periodProblem } from "@/lib/finance/statements/period";
import { ZStatementQuery } from "@/lib/finance/statements/statement.schema";
import { Link } from "@/lib/i18n/navigation";

type Search = { sellerId?: string; from?: string; to?: string; page?: string };

export default async function StatementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "finance.statements.view_all");
  const q = ZStatementQuery.parse(sp);
  const fallback = lastFullUaeMonth(new Date());
  const period = { from: q.from ?? fallback.from, to: q.to ?? fallback.to };
  const problem = periodProblem(period);
  const [t, sellers] = await Promise.all([getTranslations("statements"), listStatementSellers(actor)]);
  const seller = q.sellerId ? sellers.find((s) => s.id === q.sellerId) : undefined;
  const [statement, credit] =
    seller && !problem
      ? await Promise.all([
          getStatement(actor, { sellerId: seller.id, ...period }),
          getCredit(actor, { sellerId: seller.id, page: sp.page }),
        ])
      : [null, null];
  const canInvoice = can(actor, "finance.invoices.manage");

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <form className="card grid gap-3 md:grid-cols-4" method="get" role="search" data-testid="statement-filters">
        <div>
          <label htmlFor="st-seller" className="label">
            {t("seller")}
          </label>
          <select
            id="st-seller"
            name="sellerId"
            defaultValue={seller?.id ?? ""}
            className="input"
            data-testid="statement-seller"
          >
            <option value="">{t("chooseSeller")}</option>
            {sellers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.storeName} ({s.code})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="st-from" className="label">
            {t("from")}
          </label>
          <input
            id="st-from"
            type="date"
            name="from"
            defaultValue={period.from}
            className="input"
            dir="ltr"
            data-testid="statement-from"
          />
        </div>
        <div>
          <label htmlFor="st-to" className="label">
            {t("to")}
          </label>
          <input
            id="st-to"
            type="date"
            name="to"
            defaultValue={period.to}
            className="input"
            dir="ltr"
            data-testid="statement-to"
          />
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className="btn-secondary" data-testid="statement-show">
            {t("show")}
          </button>
          <Link href="/finance/statements" className="btn-secondary">
            {t("reset")}
          </Link>
        </div>
      </form>
      {problem && <Alert testId="statement-period-error">{t(problem)}</Alert>}
      {!seller && !problem && (
        <p className="text-sm text-slate-500" data-testid="statement-choose">
          {t("chooseHint")}
        </p>
      )}
      {seller && statement && credit && (
        <>
          <div className="flex flex-wrap items-start justify-between gap-4">
            <div>
              <h2 className="text-lg font-semibold" data-testid="statement-seller-name">
                {seller.storeName}
              </h2>
              <p className="text-sm text-slate-600">
                {t("periodLabel")}:{" "}
                <span dir="ltr">
                  {period.from} → {period.to}
                </span>
              </p>
              <p className="text-xs text-slate-500">{t("onlyUninvoiced")}</p>
            </div>
            {canInvoice && statement.lines.length > 0 && (
              <GenerateInvoiceButton
                sellerId={seller.id}
                from={period.from}
                to={period.to}
                fingerprint={statement.fingerprint}
              />
            )}
          </div>
          <StatementView statement={statement} locale={locale} />
          <h2 className="text-lg font-semibold">{t("creditTitle")}</h2>
          <CreditHistory
            credit={credit}
            locale={locale}
            basePath="/finance/statements"
            query={{ sellerId: seller.id, from: period.from, to: period.to }}
          />
          {canInvoice && <CreditEntryForm sellerId={seller.id} />}
        </>
      )}
    </div>
  );
}
