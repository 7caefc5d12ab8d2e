import { getTranslations } from "next-intl/server";

const STYLES: Record<string, string> = {
  pending: "bg-amber-100 text-amber-800",
  approved: "bg-sky-100 text-sky-800",
  paid: "bg-emerald-100 text-emerald-800",
  cancelled: "bg-slate-100 text-slate-600",
};

export async function RefundStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("refunds.status");
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STYLES[status] ?? STYLES.pending}`}
      data-testid="refund-status"
      data-status={status}
    >
      {t(status)}
    </span>
  );
}
