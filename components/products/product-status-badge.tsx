import { useTranslations } from "next-intl";

const TONES = {
  pending: "bg-amber-50 text-amber-700 ring-amber-200",
  approved: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  rejected: "bg-red-50 text-red-700 ring-red-200",
  archived: "bg-slate-100 text-slate-600 ring-slate-300",
  deletion: "bg-orange-50 text-orange-700 ring-orange-200",
} as const;

/** Approval state of a product, plus "archived" / "deletion requested" when they apply. */
export function ProductStatusBadge({
  approval,
  archived,
  deletionRequested,
}: {
  approval: "pending" | "approved" | "rejected";
  archived?: boolean;
  deletionRequested?: boolean;
}) {
  const t = useTranslations("products.status");
  const main = archived ? "archived" : approval;
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span
        className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${TONES[main]}`}
        data-testid="product-status"
        data-status={main}
      >
        {t(main)}
      </span>
      {deletionRequested && !archived && (
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${TONES.deletion}`}
          data-testid="deletion-requested"
        >
          {t("deletion_requested")}
        </span>
      )}
    </span>
  );
}
