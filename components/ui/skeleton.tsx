import { useTranslations } from "next-intl";
import { DataTableSkeleton } from "./data-table";

const bar = "animate-pulse rounded bg-slate-200";

/**
 * What a list or dashboard page shows while its data loads: the title (unless the page has
 * already rendered its header), optional KPI cards and filter bar, and the table's shape.
 * Announced once as "Loading…" to screen readers. Used as the `<Suspense>` fallback around
 * the data part of a page, after its guard (see CODE_STYLE.md, "UI kit: lists and pages").
 */
export function PageSkeleton({
  title = true,
  kpis = 0,
  filters = false,
  table = true,
  columns = 5,
  rows = 8,
}: {
  title?: boolean;
  kpis?: number;
  filters?: boolean;
  table?: boolean;
  columns?: number;
  rows?: number;
}) {
  const t = useTranslations("list");
  return (
    <div className="space-y-6" data-testid="page-skeleton" aria-busy="true">
      <div role="status" className="sr-only">
        {t("loading")}
      </div>
      {title && (
        <div aria-hidden="true">
          <div className={`h-7 w-56 ${bar}`} />
          <div className={`mt-2 h-4 w-80 max-w-full ${bar} bg-slate-100`} />
        </div>
      )}
      {kpis > 0 && (
        <div className="grid grid-cols-2 gap-4 lg:grid-cols-4" aria-hidden="true">
          {Array.from({ length: kpis }, (_, i) => (
            <div key={i} className="card">
              <div className={`h-4 w-24 ${bar} bg-slate-100`} />
              <div className={`mt-3 h-8 w-16 ${bar}`} />
            </div>
          ))}
        </div>
      )}
      {filters && (
        <div className="card grid gap-3 md:grid-cols-4" aria-hidden="true">
          {Array.from({ length: 4 }, (_, i) => (
            <div key={i}>
              <div className={`h-4 w-20 ${bar} bg-slate-100`} />
              <div className={`mt-2 h-9 ${bar} bg-slate-100`} />
            </div>
          ))}
        </div>
      )}
      {table && (
        <div aria-hidden="true">
          <DataTableSkeleton columns={columns} rows={rows} announce={false} />
        </div>
      )}
    </div>
  );
}
