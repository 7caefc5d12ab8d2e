import { useLocale } from "next-intl";
import { intlLocale } from "@/lib/i18n/intl-locale";
import { Link } from "@/lib/i18n/navigation";
import type { Tone } from "@/lib/ui/tone";

const VALUE_TONES: Record<Tone, string> = {
  neutral: "text-slate-900",
  info: "text-sky-800",
  progress: "text-indigo-800",
  accent: "text-violet-800",
  success: "text-emerald-700",
  warning: "text-amber-700",
  danger: "text-red-700",
};

const COLUMNS = {
  3: "grid-cols-2 lg:grid-cols-3",
  4: "grid-cols-2 lg:grid-cols-4",
  6: "grid-cols-2 lg:grid-cols-3 xl:grid-cols-6",
} as const;

/** A grid of `Kpi`s (a description list: each figure is a term and its value). */
export function KpiGrid({
  children,
  columns = 4,
  testId,
}: {
  children: React.ReactNode;
  columns?: keyof typeof COLUMNS;
  testId?: string;
}) {
  return (
    <dl className={`grid gap-4 ${COLUMNS[columns]}`} data-testid={testId}>
      {children}
    </dl>
  );
}

/**
 * One figure: a label, a value (numbers and BigInts are formatted in the reader's locale;
 * strings and nodes such as money or durations are shown as given), an optional tone, a hint
 * under it and a link to the list behind it. `testId` marks the card and `${testId}-value`
 * the value.
 */
export function Kpi({
  label,
  value,
  tone = "neutral",
  hint,
  href,
  testId,
  ltr,
}: {
  label: string;
  value: number | bigint | React.ReactNode;
  tone?: Tone;
  hint?: React.ReactNode;
  href?: string;
  testId?: string;
  /** The value is a code or a time ("04:35"): keep it left to right in Arabic. */
  ltr?: boolean;
}) {
  const locale = useLocale();
  const shown =
    typeof value === "number" || typeof value === "bigint"
      ? new Intl.NumberFormat(intlLocale(locale)).format(value)
      : value;
  const body = ltr ? (
    <span dir="ltr" className="inline-block">
      {shown}
    </span>
  ) : (
    shown
  );
  return (
    <div
      className={`card flex flex-col ${href ? "transition-shadow focus-within:ring-2 focus-within:ring-brand-100 hover:shadow-md" : ""}`}
      data-testid={testId}
    >
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd
        className={`mt-1 text-3xl font-semibold tabular-nums ${VALUE_TONES[tone]}`}
        data-testid={testId ? `${testId}-value` : undefined}
      >
        {href ? (
          <Link href={href} className="hover:underline focus:outline-none">
            {body}
          </Link>
        ) : (
          body
        )}
      </dd>
      {hint && <dd className="mt-1 text-xs text-slate-500">{hint}</dd>}
    </div>
  );
}
