import { getFormatter, getTranslations } from "next-intl/server";
import { Age } from "@/components/callcenter/age";
import { AgentLoadTable } from "@/components/callcenter/agent-load-table";
import { QueueActions } from "@/components/callcenter/queue-actions";
import { SelectAll } from "@/components/callcenter/select-all";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { agentLoad } from "@/lib/callcenter/agent-load";
import { listQueue } from "@/lib/callcenter/list-queue";
import { AGE_CHOICES, QUEUE_FILTER_KEYS, QUEUE_VIEWS } from "@/lib/callcenter/list-queue.schema";
import { EMIRATES } from "@/lib/geo/emirates";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import { listSellerChoices } from "@/lib/sellers/list-seller-choices";

type Search = Partial<Record<(typeof QUEUE_FILTER_KEYS)[number] | "page", string>>;

/** An order waiting longer than this is shown in amber: the first call should come fast. */
const LATE_MS = 15 * 60_000;

export default async function ManagerQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "callcenter.assign");
  const filters = Object.fromEntries(QUEUE_FILTER_KEYS.map((k) => [k, sp[k] || undefined])) as Record<
    (typeof QUEUE_FILTER_KEYS)[number],
    string | undefined
  >;
  const [page, agents, sellers, t, tStates, tOrders, format] = await Promise.all([
    listQueue(actor, { ...filters, page: sp.page } as never),
    agentLoad(actor),
    listSellerChoices(actor),
    getTranslations("callcenter"),
    getTranslations("states"),
    getTranslations("orders"),
    getFormatter(),
  ]);
  const view = QUEUE_VIEWS.includes(filters.view as never) ? filters.view : "all";
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="space-y-6" data-testid="dashboard-callcenterManager">
      <PageHeader title={t("queue.title")} subtitle={t("queue.subtitle")} />
      <AgentLoadTable rows={agents} />

      <form className="card grid gap-3 md:grid-cols-6" method="get" role="search" data-testid="queue-filters">
        <select
          name="view"
          defaultValue={view}
          aria-label={t("queue.filters.view")}
          className="input"
          data-testid="filter-view"
        >
          {QUEUE_VIEWS.map((v) => (
            <option key={v} value={v}>
              {t(`queue.views.${v}`)}
            </option>
          ))}
        </select>
        <select
          name="sellerId"
          defaultValue={filters.sellerId ?? ""}
          aria-label={t("queue.filters.seller")}
          className="input"
          data-testid="filter-seller"
        >
          <option value="">{t("queue.filters.allSellers")}</option>
          {sellers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.storeName}
            </option>
          ))}
        </select>
        <select
          name="emirate"
          defaultValue={filters.emirate ?? ""}
          aria-label={t("queue.filters.emirate")}
          className="input"
          data-testid="filter-emirate"
        >
          <option value="">{t("queue.filters.allEmirates")}</option>
          {EMIRATES.map((e) => (
            <option key={e} value={e}>
              {tOrders(`emirates.${e}`)}
            </option>
          ))}
        </select>
        <select
          name="agentId"
          defaultValue={filters.agentId ?? ""}
          aria-label={t("queue.filters.agent")}
          className="input"
          data-testid="filter-agent"
        >
          <option value="">{t("queue.filters.allAgents")}</option>
          {agents.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <select
          name="minAgeHours"
          defaultValue={filters.minAgeHours ?? ""}
          aria-label={t("queue.filters.age")}
          className="input"
          data-testid="filter-age"
        >
          <option value="">{t("queue.filters.anyAge")}</option>
          {AGE_CHOICES.map((h) => (
            <option key={h} value={h}>
              {t("queue.filters.olderThan", { hours: h })}
            </option>
          ))}
        </select>
        <select
          name="minAttempts"
          defaultValue={filters.minAttempts ?? ""}
          aria-label={t("queue.filters.attempts")}
          className="input"
          data-testid="filter-attempts"
        >
          <option value="">{t("queue.filters.anyAttempts")}</option>
          {[1, 2, 3].map((n) => (
            <option key={n} value={n}>
              {t("queue.filters.minAttempts", { count: n })}
            </option>
          ))}
        </select>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="callbackDue"
            value="1"
            defaultChecked={filters.callbackDue === "1"}
            data-testid="filter-callback-due"
          />
          {t("queue.filters.callbackDue")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="duplicate"
            value="1"
            defaultChecked={filters.duplicate === "1"}
            data-testid="filter-duplicate"
          />
          {t("queue.filters.duplicate")}
        </label>
        <input
          name="q"
          defaultValue={filters.q ?? ""}
          placeholder={t("queue.filters.code")}
          aria-label={t("queue.filters.code")}
          className="input"
          dir="ltr"
          data-testid="filter-code"
        />
        <div className="flex gap-2 md:col-span-3">
          <button type="submit" className="btn-secondary" data-testid="apply-filters">
            {t("queue.filters.apply")}
          </button>
          <Link href="/callcenter/manager" className="btn-secondary">
            {t("queue.filters.reset")}
          </Link>
        </div>
      </form>

      <QueueActions
        agents={agents.map((a) => ({ id: a.id, name: a.name, onShift: !!a.onShiftSince }))}
        showRetry={view === "backordered"}
      />

      <form id="queue-form" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="queue-table">
          <thead>
            <tr>
              <th>
                <SelectAll />
              </th>
              <th>{t("columns.code")}</th>
              <th>{t("columns.age")}</th>
              <th>{t("columns.seller")}</th>
              <th>{t("columns.emirate")}</th>
              <th>{t("columns.total")}</th>
              <th>{t("columns.state")}</th>
              <th>{t("columns.agent")}</th>
              <th>{t("columns.attempts")}</th>
              <th>{t("columns.callback")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((o) => (
              <tr key={o.id} data-testid="queue-row" data-code={o.code}>
                <td>
                  <input
                    type="checkbox"
                    name="order"
                    value={o.id}
                    aria-label={t("queue.select", { code: o.code })}
                    data-testid="queue-select"
                  />
                </td>
                <td>
                  <Link
                    href={`/callcenter/orders/${o.id}`}
                    className="font-medium text-brand-700 hover:underline"
                    dir="ltr"
                    data-testid="queue-code"
                  >
                    {o.code}
                  </Link>
                  {o.isLikelyDuplicate && (
                    <span
                      className="ms-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-800"
                      data-testid="duplicate-badge"
                    >
                      {t("duplicate")}
                    </span>
                  )}
                  {o.backorderedAt && (
                    <span
                      className="ms-2 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-800"
                      data-testid="backordered-badge"
                    >
                      {t("waitingForStock")}
                    </span>
                  )}
                </td>
                <td>
                  <Age ms={o.ageMs} warnAfterMs={LATE_MS} testId="queue-age" />
                </td>
                <td>{o.seller.storeName}</td>
                <td>
                  {tOrders(`emirates.${o.emirate}`)}
                  <span className="text-slate-500"> · {o.city}</span>
                </td>
                <td className="tabular-nums">{formatFils(o.totalFils, locale)}</td>
                <td data-testid="queue-state">{tStates(o.state)}</td>
                <td data-testid="queue-agent">
                  {o.assignedAgent?.name ?? <span className="text-slate-400">{t("unassigned")}</span>}
                </td>
                <td className="tabular-nums">{o.callAttempts}</td>
                <td className="tabular-nums">{o.callbackAt ? when(o.callbackAt) : "—"}</td>
              </tr>
            ))}
            {!page.rows.length && (
              <tr>
                <td colSpan={10} className="text-center text-slate-500" data-testid="queue-empty">
                  {t("queue.empty")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </form>
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        total={page.total}
        basePath="/callcenter/manager"
        query={filters}
      />
    </div>
  );
}
