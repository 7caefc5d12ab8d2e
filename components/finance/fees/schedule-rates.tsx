import { useLocale, useTranslations } from "next-intl";
import { bpsToPercentInput, FEE_KINDS, FEE_PARTS, type FeeRates } from "@/lib/finance/fees/fee-calc";
import { formatMoney } from "@/lib/money/format-money";

/** One fee's rate: "AED 5.00", "1.5 %" or "AED 5.00 + 1.5 %" (percentages of the order's COD). */
export function RateText({ fixedFils, bps, currency }: { fixedFils: number; bps: number; currency: string }) {
  const t = useTranslations("fees");
  const locale = useLocale();
  const money = formatMoney(fixedFils, currency, locale);
  const pct = t("rates.percent", { value: bpsToPercentInput(bps) });
  if (bps === 0) return <span className="tabular-nums">{money}</span>;
  if (fixedFils === 0) return <span className="tabular-nums">{pct}</span>;
  return <span className="tabular-nums">{t("rates.both", { fixed: money, percent: pct })}</span>;
}

/** The five fees of a schedule, one row each. */
export function ScheduleRates({ rates, currency, testId }: { rates: FeeRates; currency: string; testId?: string }) {
  const t = useTranslations("fees");
  return (
    <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2" data-testid={testId}>
      {FEE_KINDS.map((k) => (
        <div key={k} className="flex justify-between gap-4 border-b border-slate-100 py-1" data-testid={`rate-${k}`}>
          <dt className="text-slate-600">{t(`kinds.${k}`)}</dt>
          <dd>
            <RateText fixedFils={rates[FEE_PARTS[k].fixed]} bps={rates[FEE_PARTS[k].bps]} currency={currency} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
