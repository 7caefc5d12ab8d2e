import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { PrintStyles } from "@/components/ui/print-styles";
import { PrintToolbar } from "@/components/packaging/print-toolbar";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { getShippingDocuments, type ShippingDocument } from "@/lib/packaging/get-shipping-documents";
import { idsFromQuery } from "@/lib/packaging/packing.schema";

export default async function PackingSlipsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ ids?: string | string[] }>;
}) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "packaging.pack");
  const ids = idsFromQuery((await searchParams).ids);
  let docs: ShippingDocument[];
  try {
    docs = await getShippingDocuments(actor, ids, "slip");
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const [t, format] = await Promise.all([getTranslations("packaging"), getFormatter()]);
  const name = (l: { nameEn: string; nameAr: string }) => (locale === "ar" ? l.nameAr : l.nameEn);
  return (
    <div className="space-y-4">
      <PrintStyles />
      <PageHeader title={t("labels.slips")} />
      <PrintToolbar orderIds={docs.map((d) => d.id)} />
      <section className="print-area space-y-6" data-testid="slips">
        {docs.map((d) => (
          <article key={d.id} className="print-page card space-y-3" data-testid="packing-slip" data-code={d.code}>
            <header className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <h2 className="text-lg font-semibold">{t("slip.title")}</h2>
                <p className="text-sm">
                  {t("slip.order")}:{" "}
                  <span dir="ltr" className="font-semibold">
                    {d.code}
                  </span>
                </p>
                <p className="text-sm">
                  {t("slip.seller")}: {d.seller.storeName}
                </p>
                {d.warehouse && (
                  <p className="text-sm">
                    {t("slip.warehouse")}: <span dir="ltr">{d.warehouse.code}</span>
                  </p>
                )}
                {d.packer && (
                  <p className="text-sm">
                    {t("slip.packer")}: {d.packer}
                  </p>
                )}
                <p className="text-xs text-slate-500">{format.dateTime(new Date(), { dateStyle: "medium" })}</p>
              </div>
              <div dir="ltr" dangerouslySetInnerHTML={{ __html: d.barcodeSvg }} />
            </header>
            <table className="table">
              <thead>
                <tr>
                  <th>{t("slip.sku")}</th>
                  <th>{t("slip.product")}</th>
                  <th>{t("slip.qty")}</th>
                  <th>{t("slip.bin")}</th>
                </tr>
              </thead>
              <tbody>
                {d.lines.map((l) => (
                  <tr key={l.id} data-testid="slip-line" data-sku={l.sku}>
                    <td className="font-mono text-xs" dir="ltr">
                      {l.sku}
                    </td>
                    <td>{name(l)}</td>
                    <td className="tabular-nums">{l.quantity}</td>
                    <td className="font-mono text-xs" dir="ltr">
                      {l.bins.join(", ") || "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="text-sm font-semibold">
              {t("slip.items")}: <span className="tabular-nums">{d.items}</span>
            </p>
            {d.notes && (
              <p className="text-sm">
                {t("slip.notes")}: {d.notes}
              </p>
            )}
          </article>
        ))}
      </section>
    </div>
  );
}
