// The performance page's date range (UAE days, from the URL): default the last 30 days.
import { addDays, daysInclusive, isIsoDay } from "@/lib/callcenter/metrics-math";
import { uaeIsoDay } from "@/lib/time/uae-day";

export const DEFAULT_RANGE_DAYS = 30;
export const MAX_RANGE_DAYS = 366;

const day = (v: unknown): string | null => (typeof v === "string" && isIsoDay(v) ? v : null);

/** from/to inclusive UAE days; bad or reversed values fall back to the default range. */
export function parseRange(raw: { from?: unknown; to?: unknown }, now = new Date()): { from: string; to: string } {
  const to = day(raw.to) ?? uaeIsoDay(now);
  const fallbackFrom = addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  const from = day(raw.from) ?? fallbackFrom;
  const days = daysInclusive(from, to);
  return { from: days < 1 || days > MAX_RANGE_DAYS ? fallbackFrom : from, to };
}
