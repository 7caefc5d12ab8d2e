import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { PrintStyles } from "@/components/ui/print-styles";
import { PrintToolbar } from "@/components/packaging/print-toolbar";
import { ShippingLabel } from "@/components/packaging/shipping-label";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { getShippingDocuments, type ShippingDocument } from "@/lib/packaging/get-shipping-documents";
import { idsFromQuery } from "@/lib/packaging/packing.schema";

export default async function LabelsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ ids?: string | string[] }>;
}) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "labels.print");
  const ids = idsFromQuery((await searchParams).ids);
  let docs: ShippingDocument[];
  try {
    docs = await getShippingDocuments(actor, ids, "label");
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const t = await getTranslations("packaging");
  return (
    <div className="space-y-4">
      <PrintStyles />
      <PageHeader title={t("labels.title")} />
      <PrintToolbar orderIds={docs.map((d) => d.id)} labels />
      <section className="print-area space-y-6" data-testid="labels">
        {docs.map((d) => (
          <ShippingLabel key={d.id} doc={d} />
        ))}
      </section>
    </div>
  );
}
