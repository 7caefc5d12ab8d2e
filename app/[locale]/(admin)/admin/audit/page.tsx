import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { AuditTable } from "@/components/admin/audit-table";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { listAudit } from "@/lib/audit/list-audit";

type Search = { action?: string; actor?: string; target?: string; from?: string; to?: string; page?: string };

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "audit.view");
  const [page, t] = await Promise.all([listAudit(actor, { ...sp, page: sp.page as never }), getTranslations("audit")]);
  return (
    <div>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <form method="get" className="card mb-4 grid gap-3 md:grid-cols-5" role="search">
        <input
          name="action"
          defaultValue={sp.action ?? ""}
          placeholder={t("action")}
          aria-label={t("action")}
          className="input"
          dir="ltr"
          data-testid="audit-action"
        />
        <input
          name="actor"
          defaultValue={sp.actor ?? ""}
          placeholder={t("who")}
          aria-label={t("who")}
          className="input"
          dir="ltr"
        />
        <input
          name="target"
          defaultValue={sp.target ?? ""}
          placeholder={t("target")}
          aria-label={t("target")}
          className="input"
          dir="ltr"
        />
        <input name="from" type="date" defaultValue={sp.from ?? ""} aria-label={t("from")} className="input" />
        <input name="to" type="date" defaultValue={sp.to ?? ""} aria-label={t("to")} className="input" />
        <div className="md:col-span-5">
          <button type="submit" className="btn-secondary">
            {t("filter")}
          </button>
        </div>
      </form>
      <AuditTable rows={page.rows} />
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        total={page.total}
        basePath="/admin/audit"
        query={{ action: sp.action, actor: sp.actor, target: sp.target, from: sp.from, to: sp.to }}
      />
    </div>
  );
}
