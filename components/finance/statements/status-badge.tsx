const TONES: Record<string, string> = {
  issued: "bg-sky-100 text-sky-800",
  draft: "bg-slate-100 text-slate-700",
  paid: "bg-emerald-100 text-emerald-800",
  void: "bg-slate-200 text-slate-600 line-through",
  requested: "bg-amber-100 text-amber-800",
  approved: "bg-sky-100 text-sky-800",
  cancelled: "bg-slate-200 text-slate-600",
};

/** A coloured status pill (invoice or payout); `label` is already translated. */
export function StatusBadge({ status, label, testId }: { status: string; label: string; testId?: string }) {
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${TONES[status] ?? "bg-slate-100 text-slate-700"}`}
      data-testid={testId}
      data-status={status}
    >
      {label}
    </span>
  );
}
