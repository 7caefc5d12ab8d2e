import { getTranslations } from "next-intl/server";

const TONES: Record<string, string> = {
  active: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  pending_approval: "bg-amber-50 text-amber-700 ring-amber-200",
  rejected: "bg-red-50 text-red-700 ring-red-200",
  disabled: "bg-slate-100 text-slate-600 ring-slate-300",
};

export async function StatusBadge({ status, locked }: { status: string; locked?: boolean }) {
  const t = await getTranslations("users");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span
        className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${TONES[status] ?? TONES.disabled}`}
        data-testid="user-status"
      >
        {t(`statuses.${status}`)}
      </span>
      {locked && (
        <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-700 ring-1 ring-red-200">
          {t("locked")}
        </span>
      )}
    </span>
  );
}
