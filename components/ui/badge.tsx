import type { Tone } from "@/lib/ui/tone";

/** Badge classes per tone (background, text, ring); also used by `Kpi` for its accent. */
export const BADGE_TONES: Record<Tone, string> = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-300",
  info: "bg-sky-50 text-sky-800 ring-sky-200",
  progress: "bg-indigo-50 text-indigo-800 ring-indigo-200",
  accent: "bg-violet-50 text-violet-800 ring-violet-200",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  warning: "bg-amber-50 text-amber-800 ring-amber-200",
  danger: "bg-red-50 text-red-800 ring-red-200",
};

/**
 * A small coloured label: a tone and an already translated text. Any span attribute passes
 * through (`data-testid`, `data-status`, `title`). For a status, use `StatusBadge`, which
 * reads the tone from the status family's table.
 */
export function Badge({
  tone = "neutral",
  className = "",
  children,
  ...rest
}: { tone?: Tone } & React.ComponentProps<"span">) {
  return (
    <span
      {...rest}
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${BADGE_TONES[tone]} ${className}`}
    >
      {children}
    </span>
  );
}

/** Badges side by side (a status and its qualifiers, e.g. "Active" + "Locked"). */
export function BadgeGroup({ children }: { children: React.ReactNode }) {
  return <span className="inline-flex flex-wrap gap-1">{children}</span>;
}
