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

/** Per-seller fee overrides: who has one, what is in force, what is planned, and a new one. */
export default async function FeeOverridesPage({
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
    feesOverview(actor, { spage: sp.page }),
    getTranslations("fees"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Dubai" });
  const tomorrow = uaeIsoDay(new Date(o.now.getTime() + 86_400_000));

  return (
    <div className="space-y-6" data-testid="fee-overrides-page">
      <PageHeader title={t("title")} subtitle={t("overrides.subtitle")} />
      <FeesTabs current="overrides" />

      <section className="space-y-2">
        <h2 className="font-semibold">{t("overrides.title")}</h2>
        <div className="space-y-3" data-testid="override-list">
          {o.overrides.rows.map((r) => (
            <article
              key={r.seller.id}
              className="card space-y-3"
              data-testid="override-row"
              data-seller={r.seller.code}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-medium">
                  {r.seller.storeName}{" "}
                  <span className="text-sm text-slate-500" dir="ltr">
                    ({r.seller.code})
                  </span>
                </h3>
                {r.current ? (
                  <span className="text-sm text-slate-600">
                    {t("defaults.since", { date: when(r.current.effectiveFrom) })}
                  </span>
                ) : (
                  <span className="text-sm text-slate-600">{t("overrides.defaultUntilPlanned")}</span>
                )}
              </div>
              {r.current && <ScheduleRates rates={r.current} currency={r.current.currency} testId="override-rates" />}
              {r.upcoming && (
                <p className="rounded-md border border-sky-200 bg-sky-50 p-2 text-sm" data-testid="override-upcoming">
                  {t("overrides.planned", { date: when(r.upcoming.effectiveFrom) })}
                </p>
              )}
              <details>
                <summary className="cursor-pointer text-sm text-brand-700">
                  {t("overrides.history", { count: r.history.length })}
                </summary>
                <div className="mt-2 overflow-x-auto">
                  <table className="table">
                    <thead>
                      <tr>
                        <th>{t("columns.effectiveFrom")}</th>
                        {FEE_KINDS.map((k) => (
                          <th key={k}>{t(`kinds.${k}`)}</th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {r.history.map((h) => (
                        <tr key={h.id}>
                          <td className="whitespace-nowrap">{when(h.effectiveFrom)}</td>
                          {FEE_KINDS.map((k) => (
                            <td key={k}>
                              <RateText
                                fixedFils={h[FEE_PARTS[k].fixed]}
                                bps={h[FEE_PARTS[k].bps]}
                                currency={h.currency}
                              />
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            </article>
          ))}
          {!o.overrides.rows.length && (
            <p className="card text-center text-slate-500" data-testid="override-empty">
              {t("overrides.empty")}
            </p>
          )}
        </div>
        <Pagination
          page={o.overrides.page}
          pageCount={o.overrides.pageCount}
          total={o.overrides.total}
          basePath="/finance/fees/overrides"
          query={{}}
        />
      </section>

      <p className="text-sm text-slate-600">{t("overrides.help")}</p>
      <ScheduleForm
        mode="override"
        sellers={o.sellers}
        initial={scheduleFormValues(o.defaultCurrent)}
        minDate={tomorrow}
      />
    </div>
  );
}
