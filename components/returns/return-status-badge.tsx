import { getTranslations } from "next-intl/server";

const STYLES: Record<string, string> = {
  requested: "bg-slate-100 text-slate-700",
  in_transit: "bg-sky-100 text-sky-800",
  received: "bg-amber-100 text-amber-800",
  inspected: "bg-violet-100 text-violet-800",
  closed: "bg-emerald-100 text-emerald-800",
};

export async function ReturnStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("returns.status");
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STYLES[status] ?? STYLES.requested}`}
      data-testid="return-status"
      data-status={status}
    >
      {t(status)}
    </span>
  );
}

export async function InspectionResultBadge({ result }: { result: string | null }) {
  const t = await getTranslations("returns.result");
  if (!result) return <span className="text-slate-400">—</span>;
  const style = result === "damaged" ? "bg-red-100 text-red-800" : "bg-emerald-100 text-emerald-800";
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${style}`}
      data-testid="inspection-result"
      data-result={result}
    >
      {t(result)}
    </span>
  );
}
