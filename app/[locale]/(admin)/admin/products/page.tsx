import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { EntityPicker } from "@/components/ui/entity-picker";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import { listProductQueue } from "@/lib/products/list-product-queue";
import { QUEUE_KINDS, ZListProductQueueInput } from "@/lib/products/list-product-queue.schema";
import { sellerChoice } from "@/lib/sellers/search-sellers";

export default async function ProductApprovalsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "products.approve");
  const filters = ZListProductQueueInput.parse(sp);
  const [queue, seller, t, format] = await Promise.all([
    listProductQueue(actor, filters),
    sellerChoice(actor, "products", filters.sellerId),
    getTranslations("productApprovals"),
    getFormatter(),
  ]);
  const deletion = filters.kind === "deletion";
  return (
    <div>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="mb-4">
        <FilterBar resetHref="/admin/products" applyLabel={t("filter")}>
          <FilterSelect
            name="kind"
            label={t("queue")}
            defaultValue={filters.kind}
            options={QUEUE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            testId="queue-kind"
          />
          <EntityPicker
            kind="seller"
            purpose="products"
            name="sellerId"
            label={t("seller")}
            placeholder={t("allSellers")}
            initial={seller}
            testId="seller-filter"
            className="md:col-span-2"
          />
        </FilterBar>
      </div>
      <DataTable
        testId="approval-queue"
        rows={queue.rows}
        rowKey={(p) => p.id}
        rowProps={(p) => ({ "data-testid": "queue-row", "data-sku": p.sku })}
        empty={t("none")}
        page={queue}
        basePath="/admin/products"
        query={{ kind: filters.kind, sellerId: filters.sellerId }}
        columns={[
          { key: "sku", header: t("sku"), ltr: true, className: "font-mono text-xs", cell: (p) => p.sku },
          {
            key: "product",
            header: t("product"),
            cell: (p) => (
              <Link href={`/admin/products/${p.id}`} className="font-medium text-brand-700 hover:underline">
                {locale === "ar" ? p.nameAr : p.nameEn}
              </Link>
            ),
          },
          {
            key: "seller",
            header: t("seller"),
            cell: (p) => (
              <>
                {p.seller.companyName}{" "}
                <span dir="ltr" className="text-xs text-slate-500">
                  ({p.seller.code})
                </span>
              </>
            ),
          },
          {
            key: "selling",
            header: t("sellingPrice"),
            align: "end",
            cell: (p) => formatFils(p.sellingPriceFils, locale),
          },
          {
            key: "purchase",
            header: t("purchasePrice"),
            align: "end",
            cell: (p) => formatFils(p.purchasePriceFils, locale),
          },
          {
            key: "when",
            header: deletion ? t("deletionReason") : t("submitted"),
            cell: (p) =>
              deletion ? p.deletionReason : format.dateTime(p.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
          },
        ]}
      />
    </div>
  );
}
