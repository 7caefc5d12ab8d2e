import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/inventory/print-button";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { getLabels } from "@/lib/inventory/get-labels";

// A grid of labels on screen; on paper only the labels (the app shell and buttons hide).
const PRINT_CSS = `
@media print {
  @page { margin: 8mm; }
  body * { visibility: hidden; }
  #label-sheet, #label-sheet * { visibility: visible; }
  #label-sheet { position: absolute; inset-inline-start: 0; top: 0; width: 100%; }
  .label-card { break-inside: avoid; border: 1px dashed #94a3b8; }
}
.label-card svg { max-width: 100%; height: auto; }
`;

export default async function LabelsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ products?: string; bins?: string }>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "labels.print", "inventory.view");
  let labels;
  try {
    labels = await getLabels(actor, { products: sp.products, bins: sp.bins });
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const t = await getTranslations("inventory.labels");
  return (
    <div className="space-y-4" data-testid="inventory-labels">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <h1 className="text-2xl font-semibold text-slate-900" data-testid="page-title">
          {t("title")}
        </h1>
        <PrintButton />
      </div>
      <div id="label-sheet" className="grid grid-cols-2 gap-3 md:grid-cols-3" data-testid="label-sheet">
        {labels.products.map((p) => (
          <article
            key={p.id}
            className="label-card rounded border border-slate-300 bg-white p-3 text-center"
            data-testid="product-label-card"
            data-sku={p.sku}
          >
            <p className="font-mono text-sm font-semibold" dir="ltr">
              {p.sku}
            </p>
            <p className="truncate text-sm">{locale === "ar" ? p.nameAr : p.nameEn}</p>
            <div className="mt-2" data-testid="barcode-svg" dangerouslySetInnerHTML={{ __html: p.svg }} />
          </article>
        ))}
        {labels.bins.map((b) => (
          <article
            key={b.id}
            className="label-card rounded border border-slate-300 bg-white p-3 text-center"
            data-testid="bin-label-card"
            data-code={b.code}
          >
            <p className="font-mono text-lg font-bold" dir="ltr">
              {b.code}
            </p>
            <p className="text-xs text-slate-500" dir="ltr">
              {b.warehouse.code}
            </p>
            <div className="mt-2 flex items-center justify-center gap-3">
              <div className="w-2/3" data-testid="barcode-svg" dangerouslySetInnerHTML={{ __html: b.svg }} />
              <div className="w-1/3" data-testid="qr-svg" dangerouslySetInnerHTML={{ __html: b.qr }} />
            </div>
          </article>
        ))}
      </div>
    </div>
  );
}
