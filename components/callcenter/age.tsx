import { getTranslations } from "next-intl/server";
import { durationParts } from "@/lib/time/duration";

/** "3d 4h" / "2h 15m" / "5m", translated; `warnAfterMs` turns it amber (an order waiting too long). */
export async function Age({ ms, warnAfterMs, testId }: { ms: number; warnAfterMs?: number; testId?: string }) {
  const t = await getTranslations("common.duration");
  const p = durationParts(ms);
  const late = warnAfterMs !== undefined && ms >= warnAfterMs;
  return (
    <span className={`tabular-nums ${late ? "font-medium text-amber-700" : ""}`} data-testid={testId}>
      {t(p.unit, { days: p.days, hours: p.hours, minutes: p.minutes })}
    </span>
  );
}
