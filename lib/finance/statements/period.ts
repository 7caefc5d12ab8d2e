// Statement periods: inclusive UAE calendar days "YYYY-MM-DD" (date inputs' values). Pure.
import { daysInclusive, isIsoDay } from "@/lib/callcenter/metrics-math";
import { uaeDayEnd, uaeDayStart, uaeIsoDay } from "@/lib/time/uae-day";

export type Period = { from: string; to: string };

/** The longest period one statement may cover (a year and a day, for leap years). */
export const MAX_PERIOD_DAYS = 366;

/** The last complete UAE calendar month before `now`'s UAE day. */
export function lastFullUaeMonth(now: Date): Period {
  const today = uaeIsoDay(now);
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7)); // 1..12, the current month
  const py = m === 1 ? y - 1 : y;
  const pm = m === 1 ? 12 : m - 1;
  const last = new Date(Date.UTC(py, pm, 0)).getUTCDate(); // day 0 of the next month
  const mm = String(pm).padStart(2, "0");
  return { from: `${py}-${mm}-01`, to: `${py}-${mm}-${String(last).padStart(2, "0")}` };
}

/** Why a period is unusable, or null: days valid, from ≤ to, at most MAX_PERIOD_DAYS long. */
export function periodProblem(p: Period): "period_invalid" | "period_order" | "period_too_long" | null {
  if (!isIsoDay(p.from) || !isIsoDay(p.to)) return "period_invalid";
  if (p.from > p.to) return "period_order";
  if (daysInclusive(p.from, p.to) > MAX_PERIOD_DAYS) return "period_too_long";
  return null;
}

/** The instants bounding the period: [start, end) in UAE time. */
export function periodInstants(p: Period): { start: Date; end: Date } {
  return { start: uaeDayStart(p.from), end: uaeDayEnd(p.to) };
}

/** A day as the value of a `@db.Date` column (midnight UTC of that calendar date). */
export function dayToDbDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** A `@db.Date` column's value back to "YYYY-MM-DD". */
export function dbDateToDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The UAE year of `now` ("2026"): invoices and payouts are numbered per year. */
export function uaeYear(now: Date): string {
  return uaeIsoDay(now).slice(0, 4);
}
