import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/admin/audit-table";
import { FilterBar, FilterDate, FilterText } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/guards";
import { listAudit, ZListAuditInput } from "@/lib/audit/list-audit";

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "audit.view");
  const filters = ZListAuditInput.parse(sp);
  const [page, t] = await Promise.all([listAudit(actor, filters), getTranslations("audit")]);
  return (
    <div>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="mb-4">
        <FilterBar resetHref="/admin/audit" columns={3} applyLabel={t("filter")}>
          <FilterText name="action" label={t("action")} defaultValue={filters.action} ltr testId="audit-action" />
          <FilterText name="actor" label={t("who")} defaultValue={filters.actor} ltr />
          <FilterText name="target" label={t("target")} defaultValue={filters.target} ltr />
          <FilterDate name="from" label={t("from")} defaultValue={filters.from} />
          <FilterDate name="to" label={t("to")} defaultValue={filters.to} />
        </FilterBar>
      </div>
      <AuditTable
        rows={page.rows}
        page={page}
        basePath="/admin/audit"
        query={{
          action: filters.action,
          actor: filters.actor,
          target: filters.target,
          from: filters.from,
          to: filters.to,
        }}
      />
    </div>
  );
}
