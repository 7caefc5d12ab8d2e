import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { BinForm, BinRowEditor } from "@/components/inventory/bin-forms";
import { ZoneForm } from "@/components/inventory/bin-forms";
import { InventoryNav } from "@/components/inventory/inventory-nav";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { listBins } from "@/lib/inventory/list-bins";

export default async function BinsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ warehouseId?: string; page?: string }>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "inventory.view");
  let data;
  try {
    data = await listBins(actor, { warehouseId: sp.warehouseId, page: sp.page });
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const t = await getTranslations("inventory");
  const { warehouses, warehouse, zones, bins } = data;
  const canEdit = can(actor, "inventory.adjust");
  const pageLabels = `/${locale}/warehouse/inventory/labels?bins=${bins.rows.map((b) => b.id).join(",")}`;

  return (
    <div className="space-y-6" data-testid="inventory-bins">
      <PageHeader title={t("bins.title")} subtitle={t("bins.subtitle")} />
      <InventoryNav current="bins" />
      {!warehouse && (
        <p className="card text-sm text-slate-600" data-testid="no-warehouses">
          {t("noWarehouses")}
        </p>
      )}
      {warehouse && (
        <>
          <form className="card flex flex-wrap items-end gap-3" method="get" data-testid="bins-filters">
            <div>
              <label htmlFor="bins-warehouse" className="label">
                {t("stock.warehouse")}
              </label>
              <select
                id="bins-warehouse"
                name="warehouseId"
                defaultValue={warehouse.id}
                className="input"
                data-testid="bins-warehouse"
              >
                {warehouses.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.code} · {locale === "ar" ? w.nameAr : w.nameEn}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary">
              {t("stock.apply")}
            </button>
            {bins.rows.length > 0 && (
              <a href={pageLabels} className="btn-secondary" data-testid="bins-labels">
                {t("bins.printPage")}
              </a>
            )}
          </form>

          <section className="card space-y-3">
            <h2 className="font-semibold">{t("bins.zones")}</h2>
            <ul className="flex flex-wrap gap-2 text-sm" data-testid="zones-list">
              {zones.map((z) => (
                <li key={z.id} className="rounded border border-slate-200 px-2 py-1" data-testid="zone-item">
                  <span dir="ltr" className="font-medium">
                    {z.code}
                  </span>{" "}
                  · {locale === "ar" && z.nameAr ? z.nameAr : z.nameEn}
                </li>
              ))}
              {!zones.length && <li className="text-slate-500">{t("bins.noZones")}</li>}
            </ul>
            {canEdit && <ZoneForm warehouseId={warehouse.id} />}
          </section>

          {canEdit && (
            <section className="card space-y-3">
              <h2 className="font-semibold">{t("bins.newBin")}</h2>
              <BinForm warehouseId={warehouse.id} zones={zones} />
            </section>
          )}

          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="table" data-testid="bins-table">
              <thead>
                <tr>
                  <th>{t("bins.code")}</th>
                  <th>{t("bins.kind")}</th>
                  <th>{t("bins.zone")}</th>
                  <th>{t("bins.pickOrder")}</th>
                  <th>{t("bins.active")}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {bins.rows.map((b) => (
                  <BinRowEditor
                    key={b.id}
                    warehouseId={warehouse.id}
                    zones={zones}
                    bin={b}
                    canEdit={canEdit}
                    kindLabel={t(`kinds.${b.kind}`)}
                    labelsHref={`/${locale}/warehouse/inventory/labels?bins=${b.id}`}
                  />
                ))}
                {!bins.rows.length && (
                  <tr>
                    <td colSpan={6} className="text-center text-slate-500">
                      {t("bins.empty")}
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
          <Pagination
            page={bins.page}
            pageCount={bins.pageCount}
            total={bins.total}
            basePath="/warehouse/inventory/bins"
            query={{ warehouseId: warehouse.id }}
          />
        </>
      )}
    </div>
  );
}
