import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { SortDir } from "@/lib/pagination";
import { listHref, type ListQuery } from "./list-href";
import { Pagination } from "./pagination";

/** Attributes a row or a cell may carry (`data-testid`, `data-code`, `className`, …). */
export type CellAttrs = React.TdHTMLAttributes<HTMLTableCellElement> & {
  [data: `data-${string}`]: string | number | boolean | undefined;
};
export type RowAttrs = React.HTMLAttributes<HTMLTableRowElement> & {
  [data: `data-${string}`]: string | number | boolean | undefined;
};

export type Column<T> = {
  /** Unique within the table (React key). */
  key: string;
  header: React.ReactNode;
  cell: (row: T, index: number) => React.ReactNode;
  /**
   * The sort key the read model accepts for this column (`?sort=<key>`). Only for columns it
   * can order on an index: the list's schema names them (e.g. `USER_SORTS`).
   */
  sort?: string;
  /** Numbers and money: `end` (right in English, left in Arabic). */
  align?: "start" | "end";
  /** Codes, emails, phone numbers: keep left to right in Arabic. */
  ltr?: boolean;
  /** Extra classes for this column's header and cells. */
  className?: string;
  /** Per-row attributes of this column's cell (`data-testid`, a tone class). */
  cellProps?: (row: T) => CellAttrs;
};

type Paged = { page: number; pageCount: number; total: number };

const ALIGN = { start: "text-start", end: "text-end" } as const;

/**
 * The list table: columns with header and cell renderers, an empty row, server pagination
 * (`lib/pagination.ts`), sortable headers as links (`?sort=&dir=`), a sticky header and, on
 * phones, horizontal scrolling with the first column pinned. A server component: cell
 * renderers run on the server, and client components may be rendered inside cells.
 */
export async function DataTable<T>({
  columns,
  rows,
  rowKey,
  rowProps,
  testId,
  empty,
  emptyTestId,
  caption,
  page,
  basePath,
  query = {},
  sort,
  footer,
  footerRows,
  footerRowProps,
  formId,
  pinFirstColumn = true,
}: {
  columns: readonly (Column<T> | false | null | undefined)[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowProps?: (row: T) => RowAttrs;
  testId?: string;
  /** Shown in one full-width row when there are no rows. */
  empty: React.ReactNode;
  emptyTestId?: string;
  /** A caption for screen readers (the page title usually says it visibly). */
  caption?: string;
  /** With `basePath`: the pager under the table. */
  page?: Paged;
  /** The list's own path (without locale), for the pager and the sort links. */
  basePath?: string;
  /** The current filters (without page, sort, dir), kept by the pager and the sort links. */
  query?: ListQuery;
  sort?: { key: string; dir: SortDir };
  /** Rows of a `<tfoot>` (totals) in free markup… */
  footer?: React.ReactNode;
  /** …or rows of the same shape as `rows`, rendered with the same columns (a team total). */
  footerRows?: readonly T[];
  footerRowProps?: (row: T) => RowAttrs;
  /** Wrap the table in `<form id={formId}>` (row checkboxes submitted by a toolbar elsewhere). */
  formId?: string;
  pinFirstColumn?: boolean;
}) {
  const t = await getTranslations("list");
  const cols = columns.filter((c): c is Column<T> => !!c);
  const sortQuery = sort ? { sort: sort.key, dir: sort.dir } : {};
  const pin = (i: number, head: boolean) =>
    pinFirstColumn && i === 0
      ? `max-md:sticky max-md:start-0 ${head ? "max-md:z-20" : "max-md:z-10 max-md:bg-white"}`
      : "";

  const header = (c: Column<T>, i: number) => {
    const active = sort && c.sort && sort.key === c.sort;
    const ariaSort = active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined;
    const nextDir: SortDir = active && sort.dir === "asc" ? "desc" : "asc";
    return (
      <th
        key={c.key}
        scope="col"
        aria-sort={ariaSort}
        className={`sticky top-0 z-10 ${ALIGN[c.align ?? "start"]} ${pin(i, true)} ${c.className ?? ""}`}
      >
        {c.sort && basePath ? (
          <Link
            href={listHref(basePath, { ...query, sort: c.sort, dir: nextDir })}
            className="inline-flex items-center gap-1 hover:text-slate-900 hover:underline"
            data-testid={`sort-${c.sort}`}
          >
            {c.header}
            <span aria-hidden="true" className={active ? "text-slate-900" : "text-slate-300"}>
              {active && sort.dir === "desc" ? "↓" : "↑"}
            </span>
            <span className="sr-only">{t(active ? `sorted.${sort.dir}` : "sortBy")}</span>
          </Link>
        ) : (
          c.header
        )}
      </th>
    );
  };

  const bodyRow = (row: T, r: number, attrs?: (row: T) => RowAttrs) => (
    <tr key={rowKey(row)} {...attrs?.(row)}>
      {cols.map((c, i) => {
        const extra = c.cellProps?.(row) ?? {};
        return (
          <td
            key={c.key}
            dir={c.ltr ? "ltr" : undefined}
            {...extra}
            className={`${ALIGN[c.align ?? "start"]} ${c.align === "end" ? "tabular-nums" : ""} ${pin(i, false)} ${c.className ?? ""} ${extra.className ?? ""}`}
          >
            {c.cell(row, r)}
          </td>
        );
      })}
    </tr>
  );

  const table = (
    <div className="overflow-auto rounded-lg border border-slate-200 bg-white md:max-h-[calc(100dvh-10rem)]">
      <table className="table" data-testid={testId}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead>
          <tr>{cols.map(header)}</tr>
        </thead>
        <tbody>
          {rows.map((row, r) => bodyRow(row, r, rowProps))}
          {!rows.length && (
            <tr>
              <td colSpan={cols.length} className="py-8 text-center text-slate-500" data-testid={emptyTestId}>
                {empty}
              </td>
            </tr>
          )}
        </tbody>
        {(footer || footerRows?.length) && (
          <tfoot>
            {footer}
            {footerRows?.map((row, r) => bodyRow(row, r, footerRowProps))}
          </tfoot>
        )}
      </table>
    </div>
  );

  return (
    <>
      {formId ? <form id={formId}>{table}</form> : table}
      {page && basePath && (
        <Pagination
          page={page.page}
          pageCount={page.pageCount}
          total={page.total}
          basePath={basePath}
          query={{ ...query, ...sortQuery }}
        />
      )}
    </>
  );
}

/** The table's shape while its page loads (`loading.tsx`): a header and grey bars. */
export function DataTableSkeleton({
  columns = 5,
  rows = 8,
  announce = true,
}: {
  columns?: number;
  rows?: number;
  /** Say "Loading…" to screen readers (off when a page skeleton already does). */
  announce?: boolean;
}) {
  const t = useTranslations("list");
  return (
    <div
      className="overflow-hidden rounded-lg border border-slate-200 bg-white"
      aria-busy="true"
      data-testid="table-skeleton"
    >
      {announce && (
        <span role="status" className="sr-only">
          {t("loading")}
        </span>
      )}
      <table className="table" aria-hidden="true">
        <thead>
          <tr>
            {Array.from({ length: columns }, (_, i) => (
              <th key={i}>
                <span className="block h-4 w-20 animate-pulse rounded bg-slate-200" />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              {Array.from({ length: columns }, (_, i) => (
                <td key={i}>
                  <span
                    className="block h-4 animate-pulse rounded bg-slate-100"
                    style={{ width: `${50 + ((r * 7 + i * 13) % 45)}%` }}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
