import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { FeesTabs } from "@/components/finance/fees/fees-tabs";
import { ScheduleForm } from "@/components/finance/fees/schedule-form";
import { scheduleFormValues } from "@/components/finance/fees/schedule-input";
import { RateText, ScheduleRates } from "@/components/finance/fees/schedule-rates";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { FEE_KINDS, FEE_PARTS } from "@/lib/finance/fees/fee-calc";
import { feesOverview } from "@/lib/finance/fees/list-fee-schedules";
import { uaeIsoDay } from "@/lib/time/uae-day";

/** The default fee schedule: in force now, planned changes, its history, and "change defaults". */
export default async function FeesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "finance.fees.manage");
  const [o, t, format] = await Promise.all([
    feesOverview(actor, { dpage: sp.page }),
    getTranslations("fees"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Dubai" });
  const tomorrow = uaeIsoDay(new Date(o.now.getTime() + 86_400_000));

  return (
    <div className="space-y-6" data-testid="fees-page">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <FeesTabs current="defaults" />

      <section className="card space-y-3" data-testid="default-current">
        <h2 className="font-semibold">{t("defaults.current")}</h2>
        {o.defaultCurrent ? (
          <>
            <p className="text-sm text-slate-600">
              {t("defaults.since", { date: when(o.defaultCurrent.effectiveFrom) })}
            </p>
            <ScheduleRates rates={o.defaultCurrent} currency={o.defaultCurrent.currency} testId="default-rates" />
          </>
        ) : (
          <p className="text-sm text-amber-700" data-testid="default-missing">
            {t("defaults.none")}
          </p>
        )}
        {o.defaultUpcoming.length > 0 && (
          <div className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm" data-testid="default-upcoming">
            <p className="font-medium">{t("defaults.upcoming")}</p>
            <ul className="mt-1 space-y-1">
              {o.defaultUpcoming.map((r) => (
                <li key={r.id}>{t("defaults.from", { date: when(r.effectiveFrom) })}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <ScheduleForm
        mode="default"
        basedOnId={o.defaultNewestId}
        initial={scheduleFormValues(o.defaultCurrent)}
        minDate={tomorrow}
      />

      <section className="space-y-2">
        <h2 className="font-semibold">{t("defaults.history")}</h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="table" data-testid="default-history">
            <thead>
              <tr>
                <th>{t("columns.effectiveFrom")}</th>
                {FEE_KINDS.map((k) => (
                  <th key={k}>{t(`kinds.${k}`)}</th>
                ))}
                <th>{t("columns.status")}</th>
              </tr>
            </thead>
            <tbody>
              {o.defaultHistory.rows.map((r) => (
                <tr key={r.id} data-testid="default-history-row">
                  <td className="whitespace-nowrap">{when(r.effectiveFrom)}</td>
                  {FEE_KINDS.map((k) => (
                    <td key={k}>
                      <RateText fixedFils={r[FEE_PARTS[k].fixed]} bps={r[FEE_PARTS[k].bps]} currency={r.currency} />
                    </td>
                  ))}
                  <td>
                    {r.id === o.defaultCurrent?.id ? (
                      <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-800">
                        {t("status.current")}
                      </span>
                    ) : r.effectiveFrom > o.now ? (
                      <span className="rounded bg-sky-100 px-1.5 py-0.5 text-xs text-sky-800">
                        {t("status.planned")}
                      </span>
                    ) : (
                      <span className="text-xs text-slate-500">{t("status.superseded")}</span>
                    )}
                  </td>
                </tr>
              ))}
              {!o.defaultHistory.rows.length && (
                <tr>
                  <td colSpan={FEE_KINDS.length + 2} className="text-center text-slate-500">
                    {t("defaults.none")}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <Pagination
          page={o.defaultHistory.page}
          pageCount={o.defaultHistory.pageCount}
          total={o.defaultHistory.total}
          basePath="/finance/fees"
          query={{}}
        />
      </section>
    </div>
  );
}
