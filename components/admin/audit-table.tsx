import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { ListQuery } from "@/components/ui/list-href";

type Row = {
  seq: string;
  createdAt: Date;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

const show = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v));

/** Audit rows, newest first; with `page` and `basePath` it pages on the server. */
export async function AuditTable({
  rows,
  page,
  basePath,
  query,
}: {
  rows: Row[];
  page?: { page: number; pageCount: number; total: number };
  basePath?: string;
  query?: ListQuery;
}) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  return (
    <DataTable
      testId="audit-table"
      rows={rows}
      rowKey={(r) => r.seq}
      rowProps={() => ({ "data-testid": "audit-row" })}
      empty={t("empty")}
      emptyTestId="audit-empty"
      page={page}
      basePath={basePath}
      query={query}
      columns={[
        {
          key: "when",
          header: t("when"),
          className: "whitespace-nowrap tabular-nums",
          cell: (r) => format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "medium" }),
        },
        { key: "who", header: t("who"), ltr: true, cell: (r) => r.actorEmail ?? t("system") },
        { key: "action", header: t("action"), className: "font-mono text-xs", cell: (r) => r.action },
        {
          key: "target",
          header: t("target"),
          className: "font-mono text-xs",
          cell: (r) => (r.targetType ? `${r.targetType}:${r.targetId ?? ""}` : ""),
        },
        {
          key: "before",
          header: t("before"),
          ltr: true,
          className: "max-w-xs font-mono text-xs break-all text-slate-500",
          cell: (r) => show(r.before),
        },
        {
          key: "after",
          header: t("after"),
          ltr: true,
          className: "max-w-xs font-mono text-xs break-all",
          cell: (r) => show(r.after),
        },
        { key: "ip", header: t("ip"), ltr: true, className: "font-mono text-xs", cell: (r) => r.ip ?? "" },
      ]}
    />
  );
}
