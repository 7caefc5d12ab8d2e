import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/dashboard/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import { listProductQueue, QUEUE_KINDS } from "@/lib/products/list-product-queue";

type Search = { kind?: string; seller?: string; page?: string };

export default async function ProductApprovalsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "products.approve");
  const [queue, t, format] = await Promise.all([
    listProductQueue(actor, { kind: sp.kind as never, sellerId: sp.seller, page: sp.page as never }),
    getTranslations("productApprovals"),
    getFormatter(),
  ]);
  const kind = sp.kind === "deletion" ? "deletion" : "approval";
  return (
    <div>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <form className="card mb-4 grid gap-3 md:grid-cols-4" method="get" role="search">
        <select name="kind" defaultValue={kind} aria-label={t("queue")} className="input" data-testid="queue-kind">
          {QUEUE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
        <select
          name="seller"
          defaultValue={sp.seller ?? ""}
          aria-label={t("seller")}
          className="input"
          data-testid="seller-filter"
        >
          <option value="">{t("allSellers")}</option>
          {queue.sellers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.companyName} ({s.code})
            </option>
          ))}
        </select>
        <div>
          <button type="submit" className="btn-secondary">
            {t("filter")}
          </button>
        </div>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="approval-queue">
          <thead>
            <tr>
              <th>{t("sku")}</th>
              <th>{t("product")}</th>
              <th>{t("seller")}</th>
              <th>{t("sellingPrice")}</th>
              <th>{t("purchasePrice")}</th>
              <th>{kind === "deletion" ? t("deletionReason") : t("submitted")}</th>
            </tr>
          </thead>
          <tbody>
            {queue.rows.map((p) => (
              <tr key={p.id} data-testid="queue-row" data-sku={p.sku}>
                <td dir="ltr" className="text-start font-mono text-xs">
                  {p.sku}
                </td>
                <td>
                  <Link href={`/admin/products/${p.id}`} className="font-medium text-brand-700 hover:underline">
                    {locale === "ar" ? p.nameAr : p.nameEn}
                  </Link>
                </td>
                <td>
                  {p.seller.companyName}{" "}
                  <span dir="ltr" className="text-xs text-slate-500">
                    ({p.seller.code})
                  </span>
                </td>
                <td className="tabular-nums">{formatFils(p.sellingPriceFils, locale)}</td>
                <td className="tabular-nums">{formatFils(p.purchasePriceFils, locale)}</td>
                <td>
                  {kind === "deletion"
                    ? p.deletionReason
                    : format.dateTime(p.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
                </td>
              </tr>
            ))}
            {!queue.rows.length && (
              <tr>
                <td colSpan={6} className="text-center text-slate-500">
                  {t("none")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pagination
        page={queue.page}
        pageCount={queue.pageCount}
        total={queue.total}
        basePath="/admin/products"
        query={{ kind, seller: sp.seller }}
      />
    </div>
  );
}
