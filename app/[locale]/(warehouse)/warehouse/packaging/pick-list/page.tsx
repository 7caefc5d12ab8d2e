import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { PrintStyles } from "@/components/ui/print-styles";
import { PrintToolbar } from "@/components/packaging/print-toolbar";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { getPickList, type PickList } from "@/lib/packaging/get-pick-list";
import { idsFromQuery } from "@/lib/packaging/packing.schema";

export default async function PickListPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ ids?: string | string[] }>;
}) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "packaging.pack");
  const ids = idsFromQuery((await searchParams).ids);
  let list: PickList;
  try {
    list = await getPickList(actor, ids);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const t = await getTranslations("packaging");
  const name = (l: { nameEn: string; nameAr: string }) => (locale === "ar" ? l.nameAr : l.nameEn);
  return (
    <div className="space-y-4">
      <PrintStyles />
      <PrintToolbar orderIds={list.orders.map((o) => o.id)} />
      <section className="print-area space-y-3" data-testid="pick-list">
        <PageHeader
          title={t("pickList.title")}
          subtitle={t("pickList.summary", { orders: list.orders.length, units: list.totalUnits })}
        />
        <p className="-mt-4 flex flex-wrap gap-2 text-sm" dir="ltr" data-testid="pick-list-orders">
          {list.orders.map((o) => (
            <span key={o.id} className="rounded bg-slate-100 px-2 py-0.5">
              {o.code}
            </span>
          ))}
        </p>
        {list.lines.length ? (
          <table className="table" data-testid="pick-table">
            <thead>
              <tr>
                <th>{t("pickList.bin")}</th>
                <th>{t("pickList.sku")}</th>
                <th>{t("pickList.product")}</th>
                <th>{t("pickList.qty")}</th>
                <th>{t("pickList.orders")}</th>
                <th>{t("pickList.picked")}</th>
              </tr>
            </thead>
            <tbody>
              {list.lines.map((l) => (
                <tr
                  key={`${l.locationId}-${l.productId}`}
                  data-testid="pick-line"
                  data-bin={l.binCode}
                  data-sku={l.sku}
                >
                  <td className="font-mono font-semibold" dir="ltr">
                    {l.binCode}
                  </td>
                  <td className="font-mono text-xs" dir="ltr">
                    {l.sku}
                  </td>
                  <td>{name(l)}</td>
                  <td className="text-lg font-semibold tabular-nums" data-testid="pick-qty">
                    {l.quantity}
                  </td>
                  <td className="text-xs" dir="ltr">
                    {l.orders.map((o) => `${o.code}×${o.quantity}`).join(", ")}
                  </td>
                  <td>
                    <span className="inline-block h-5 w-5 rounded border-2 border-slate-500" aria-hidden />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="card text-sm text-slate-600" data-testid="pick-empty">
            {t("pickList.empty")}
          </p>
        )}
      </section>
    </div>
  );
}
