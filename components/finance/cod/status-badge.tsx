import { getTranslations } from "next-intl/server";

/** reconciled (green) / disputed (red) / anything else (grey), translated. */
export async function CodStatusBadge({ status, testId }: { status: string; testId?: string }) {
  const t = await getTranslations("cod.statuses");
  const style =
    status === "reconciled"
      ? "bg-emerald-100 text-emerald-800"
      : status === "disputed"
        ? "bg-red-100 text-red-800"
        : "bg-slate-100 text-slate-700";
  return (
    <span
      data-testid={testId}
      data-status={status}
      className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${style}`}
    >
      {t.has(status) ? t(status) : status}
    </span>
  );
}
