import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Kpi, KpiGrid } from "@/components/ui/kpi";
import { MarkReadyButton } from "@/components/packaging/mark-ready-button";
import { PackingQueueActions } from "@/components/packaging/queue-actions";
import { SelectAllOrders } from "@/components/packaging/select-all";
import { StartPackingButton } from "@/components/packaging/start-packing-button";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import { listPackingQueue, packingStats } from "@/lib/packaging/list-packing-queue";
import { PACKING_TABS } from "@/lib/packaging/packing.schema";

export default async function PackagingQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ tab?: string; page?: string }>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "packaging.pack");
  const [queue, stats, t, tOrders, format] = await Promise.all([
    listPackingQueue(actor, { tab: sp.tab as never, page: sp.page }),
    packingStats(actor),
    getTranslations("packaging"),
    getTranslations("orders"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="space-y-6" data-testid="dashboard-packaging">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <KpiGrid>
        {PACKING_TABS.map((k) => (
          <Kpi
            key={k}
            testId={`stat-packaging-${k}`}
            label={t(`tabs.${k}`)}
            value={stats[k]}
            tone={k === "to_print" && stats[k] > 0 ? "warning" : "neutral"}
          />
        ))}
      </KpiGrid>

      <nav className="flex flex-wrap gap-2" aria-label={t("title")} data-testid="packing-tabs">
        {PACKING_TABS.map((k) => (
          <Link
            key={k}
            href={`/warehouse/packaging?tab=${k}`}
            data-testid={`tab-${k}`}
            aria-current={queue.tab === k ? "page" : undefined}
            className={`rounded-md border px-3 py-1.5 text-sm ${queue.tab === k ? "border-brand-600 bg-brand-50 font-medium" : "border-slate-300 bg-white"}`}
          >
            {t(`tabs.${k}`)} <span className="tabular-nums text-slate-500">({stats[k]})</span>
          </Link>
        ))}
      </nav>

      <PackingQueueActions showReady={queue.tab === "printed" || queue.tab === "to_print"} />

      <form id="packing-queue-form" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="packing-queue">
          <thead>
            <tr>
              <th>
                <SelectAllOrders />
              </th>
              <th>{t("columns.code")}</th>
              <th>{t("columns.seller")}</th>
              <th>{t("columns.destination")}</th>
              <th>{t("columns.items")}</th>
              <th>{t("columns.cod")}</th>
              <th>{t("columns.waiting")}</th>
              <th>{t("columns.packer")}</th>
              <th>{t("columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {queue.rows.map((o) => (
              <tr key={o.id} data-testid="packing-row" data-code={o.code}>
                <td>
                  <input
                    type="checkbox"
                    name="order"
                    value={o.id}
                    aria-label={t("select", { code: o.code })}
                    data-testid="packing-select"
                  />
                </td>
                <td>
                  <Link
                    href={`/warehouse/packaging/orders/${o.id}`}
                    className="font-medium text-brand-700 hover:underline"
                    dir="ltr"
                    data-testid="packing-code"
                  >
                    {o.code}
                  </Link>
                </td>
                <td>{o.seller.storeName}</td>
                <td>
                  {tOrders(`emirates.${o.emirate}`)}
                  <span className="text-slate-500"> · {o.city}</span>
                </td>
                <td className="tabular-nums">{o.items}</td>
                <td className="tabular-nums">{formatFils(o.totalFils, locale)}</td>
                <td className="tabular-nums">{when(o.stateChangedAt)}</td>
                <td>{o.packer ?? "—"}</td>
                <td>
                  {o.state === "callcenter_approved" ? (
                    <StartPackingButton orderId={o.id} version={o.version} testId="row-start-packing" />
                  ) : o.state === "packaging_completed" && o.labelPrintedAt ? (
                    <MarkReadyButton orderId={o.id} />
                  ) : (
                    <Link href={`/warehouse/packaging/orders/${o.id}`} className="btn-secondary" data-testid="row-open">
                      {t("open")}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
            {!queue.rows.length && (
              <tr>
                <td colSpan={9} className="text-center text-slate-500" data-testid="packing-empty">
                  {t("empty")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </form>
      <Pagination
        page={queue.page}
        pageCount={queue.pageCount}
        total={queue.total}
        basePath="/warehouse/packaging"
        query={{ tab: queue.tab }}
      />
    </div>
  );
}
