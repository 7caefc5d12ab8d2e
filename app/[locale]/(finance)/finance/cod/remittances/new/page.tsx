import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CodNav } from "@/components/finance/cod/cod-nav";
import { RemittanceForm } from "@/components/finance/cod/remittance-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { getCompanyCash } from "@/lib/finance/cod/get-company-cash";
import { listRemittingCompanies } from "@/lib/finance/cod/list-cod-choices";
import { formatMoney } from "@/lib/money/format-money";

export default async function NewRemittancePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ companyId?: string }>;
}) {
  const { locale } = await params;
  const { companyId } = await searchParams;
  const actor = await requirePagePermission(locale, "finance.cod.reconcile");
  const [companies, t, format] = await Promise.all([
    listRemittingCompanies(actor),
    getTranslations("cod"),
    getFormatter(),
  ]);
  const chosen = companyId && companies.some((c) => c.id === companyId) ? companyId : null;
  const cash = chosen ? await getCompanyCash(actor, chosen) : null;
  const name = (c: { name: string; nameAr: string | null }) => (locale === "ar" && c.nameAr ? c.nameAr : c.name);

  return (
    <div className="space-y-6" data-testid="remittance-new">
      <PageHeader title={t("remittance.title")} subtitle={t("remittance.subtitle")} />
      <CodNav active={null} />
      <form method="get" className="card flex flex-wrap items-end gap-3" data-testid="company-picker">
        <div className="min-w-64">
          <label htmlFor="companyId" className="label">
            {t("remittance.company")}
          </label>
          <select
            id="companyId"
            name="companyId"
            defaultValue={chosen ?? ""}
            className="input"
            data-testid="remittance-company"
          >
            <option value="">{t("remittance.chooseCompany")}</option>
            {companies.map((c) => (
              <option key={c.id} value={c.id}>
                {name(c)} ({c.code})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary" data-testid="remittance-company-go">
          {t("remittance.show")}
        </button>
      </form>

      {cash && (
        <section className="space-y-3" data-testid="company-cash" data-company={cash.company.code}>
          <h2 className="text-lg font-semibold">{name(cash.company)}</h2>
          <p className="text-sm tabular-nums" data-testid="company-cash-total" data-value={cash.amountFils.toString()}>
            {t("remittance.outstanding", { count: cash.count, amount: formatMoney(cash.amountFils, "AED", locale) })}
            {cash.oldestAt && (
              <span className="ms-2 text-slate-500">
                {t("remittance.oldest", { date: format.dateTime(cash.oldestAt, { dateStyle: "medium" }) })}
              </span>
            )}
          </p>
          <details className="text-sm text-slate-600">
            <summary className="cursor-pointer text-brand-700">{t("remittance.formatTitle")}</summary>
            <p className="mt-2">{t("remittance.formatHelp")}</p>
            <pre dir="ltr" className="mt-2 rounded bg-slate-50 p-2 text-start text-xs">
              {"order_code,amount\n#261130001,249.50\n#261130002,120.00"}
            </pre>
          </details>
          <RemittanceForm key={cash.company.id} companyId={cash.company.id} />
        </section>
      )}
    </div>
  );
}
