import { getTranslations } from "next-intl/server";
import type { SellerStatus } from "@/lib/orders/workflow";

const TONES: Record<SellerStatus, string> = {
  pending: "bg-amber-50 text-amber-800 ring-amber-200",
  confirmed: "bg-sky-50 text-sky-800 ring-sky-200",
  processing: "bg-indigo-50 text-indigo-800 ring-indigo-200",
  shipped: "bg-violet-50 text-violet-800 ring-violet-200",
  delivered: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  cancelled: "bg-slate-100 text-slate-700 ring-slate-300",
  returned: "bg-red-50 text-red-800 ring-red-200",
};

export async function SellerStatusBadge({ status }: { status: SellerStatus }) {
  const t = await getTranslations("sellerStatus");
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${TONES[status]}`}
      data-testid="order-status"
    >
      {t(status)}
    </span>
  );
}
