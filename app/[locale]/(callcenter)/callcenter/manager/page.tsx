import { Suspense } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Age } from "@/components/callcenter/age";
import { AgentLoadTable } from "@/components/callcenter/agent-load-table";
import { QueueActions } from "@/components/callcenter/queue-actions";
import { SelectAll } from "@/components/callcenter/select-all";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EntityPicker } from "@/components/ui/entity-picker";
import { FilterBar, FilterCheckbox, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/skeleton";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Actor } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { agentLoad } from "@/lib/callcenter/agent-load";
import { listQueue } from "@/lib/callcenter/list-queue";
import { AGE_CHOICES, QUEUE_VIEWS, ZQueueFilters } from "@/lib/callcenter/list-queue.schema";
import { EMIRATES } from "@/lib/geo/emirates";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import { sellerChoice } from "@/lib/sellers/search-sellers";

/** An order waiting longer than this is shown in amber: the first call should come fast. */
const LATE_MS = 15 * 60_000;

export default async function ManagerQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "callcenter.assign");
  const { page: pageNo, ...filters } = ZQueueFilters.parse(sp);
  const t = await getTranslations("callcenter");
  return (
    <div className="space-y-6" data-testid="dashboard-callcenterManager">
      <PageHeader title={t("queue.title")} subtitle={t("queue.subtitle")} />
      <Suspense key={JSON.stringify(sp)} fallback={<PageSkeleton title={false} filters />}>
        <ManagerQueue actor={actor} filters={filters} pageNo={pageNo} locale={locale} />
      </Suspense>
    </div>
  );
}

type Filters = Omit<ReturnType<typeof ZQueueFilters.parse>, "page">;

async function ManagerQueue({
  actor,
  filters,
  pageNo,
  locale,
}: {
  actor: Actor;
  filters: Filters;
  pageNo: number;
  locale: string;
}) {
  const [page, agents, seller, t, tOrders, format] = await Promise.all([
    listQueue(actor, { ...filters, page: pageNo }),
    agentLoad(actor),
    sellerChoice(actor, "orders", filters.sellerId),
    getTranslations("callcenter"),
    getTranslations("orders"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <AgentLoadTable rows={agents} />

      <FilterBar
        resetHref="/callcenter/manager"
        columns={6}
        testId="queue-filters"
        applyLabel={t("queue.filters.apply")}
        applyTestId="apply-filters"
      >
        <FilterSelect
          name="view"
          label={t("queue.filters.view")}
          defaultValue={filters.view}
          options={QUEUE_VIEWS.map((v) => ({ value: v, label: t(`queue.views.${v}`) }))}
          testId="filter-view"
        />
        <EntityPicker
          kind="seller"
          purpose="orders"
          name="sellerId"
          label={t("queue.filters.seller")}
          placeholder={t("queue.filters.allSellers")}
          initial={seller}
          testId="filter-seller"
        />
        <FilterSelect
          name="emirate"
          label={t("queue.filters.emirate")}
          defaultValue={filters.emirate}
          allLabel={t("queue.filters.allEmirates")}
          options={EMIRATES.map((e) => ({ value: e, label: tOrders(`emirates.${e}`) }))}
          testId="filter-emirate"
        />
        <FilterSelect
          name="agentId"
          label={t("queue.filters.agent")}
          defaultValue={filters.agentId}
          allLabel={t("queue.filters.allAgents")}
          options={agents.map((a) => ({ value: a.id, label: a.name }))}
          testId="filter-agent"
        />
        <FilterSelect
          name="minAgeHours"
          label={t("queue.filters.age")}
          defaultValue={filters.minAgeHours}
          allLabel={t("queue.filters.anyAge")}
          options={AGE_CHOICES.map((h) => ({ value: h, label: t("queue.filters.olderThan", { hours: h }) }))}
          testId="filter-age"
        />
        <FilterSelect
          name="minAttempts"
          label={t("queue.filters.attempts")}
          defaultValue={filters.minAttempts}
          allLabel={t("queue.filters.anyAttempts")}
          options={[1, 2, 3].map((n) => ({ value: n, label: t("queue.filters.minAttempts", { count: n }) }))}
          testId="filter-attempts"
        />
        <FilterText name="q" label={t("queue.filters.code")} defaultValue={filters.q} ltr testId="filter-code" />
        <FilterCheckbox
          name="callbackDue"
          label={t("queue.filters.callbackDue")}
          defaultChecked={filters.callbackDue === "1"}
          testId="filter-callback-due"
        />
        <FilterCheckbox
          name="duplicate"
          label={t("queue.filters.duplicate")}
          defaultChecked={filters.duplicate === "1"}
          testId="filter-duplicate"
        />
      </FilterBar>

      <QueueActions
        agents={agents.map((a) => ({ id: a.id, name: a.name, onShift: !!a.onShiftSince }))}
        showRetry={filters.view === "backordered"}
      />

      <DataTable
        formId="queue-form"
        testId="queue-table"
        rows={page.rows}
        rowKey={(o) => o.id}
        rowProps={(o) => ({ "data-testid": "queue-row", "data-code": o.code })}
        empty={t("queue.empty")}
        emptyTestId="queue-empty"
        page={page}
        basePath="/callcenter/manager"
        query={filters}
        columns={[
          {
            key: "select",
            header: <SelectAll />,
            cell: (o) => (
              <input
                type="checkbox"
                name="order"
                value={o.id}
                aria-label={t("queue.select", { code: o.code })}
                data-testid="queue-select"
              />
            ),
          },
          {
            key: "code",
            header: t("columns.code"),
            cell: (o) => (
              <>
                <Link
                  href={`/callcenter/orders/${o.id}`}
                  className="font-medium text-brand-700 hover:underline"
                  dir="ltr"
                  data-testid="queue-code"
                >
                  {o.code}
                </Link>
                {o.isLikelyDuplicate && (
                  <Badge tone="warning" className="ms-2" data-testid="duplicate-badge">
                    {t("duplicate")}
                  </Badge>
                )}
                {o.backorderedAt && (
                  <Badge tone="danger" className="ms-2" data-testid="backordered-badge">
                    {t("waitingForStock")}
                  </Badge>
                )}
              </>
            ),
          },
          {
            key: "age",
            header: t("columns.age"),
            cell: (o) => <Age ms={o.ageMs} warnAfterMs={LATE_MS} testId="queue-age" />,
          },
          { key: "seller", header: t("columns.seller"), cell: (o) => o.seller.storeName },
          {
            key: "emirate",
            header: t("columns.emirate"),
            cell: (o) => (
              <>
                {tOrders(`emirates.${o.emirate}`)}
                <span className="text-slate-500"> · {o.city}</span>
              </>
            ),
          },
          { key: "total", header: t("columns.total"), align: "end", cell: (o) => formatFils(o.totalFils, locale) },
          {
            key: "state",
            header: t("columns.state"),
            cellProps: () => ({ "data-testid": "queue-state" }),
            cell: (o) => <StatusBadge family="orderState" status={o.state} />,
          },
          {
            key: "agent",
            header: t("columns.agent"),
            cellProps: () => ({ "data-testid": "queue-agent" }),
            cell: (o) => o.assignedAgent?.name ?? <span className="text-slate-400">{t("unassigned")}</span>,
          },
          { key: "attempts", header: t("columns.attempts"), align: "end", cell: (o) => o.callAttempts },
          {
            key: "callback",
            header: t("columns.callback"),
            className: "tabular-nums",
            cell: (o) => (o.callbackAt ? when(o.callbackAt) : "—"),
          },
        ]}
      />
    </>
  );
}
