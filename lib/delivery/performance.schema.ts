// The performance page's date range (UAE days, from the URL): default the last 30 days.
import { z } from "zod";
import { uaeIsoDay } from "@/lib/time/uae-day";

export const DEFAULT_RANGE_DAYS = 30;
export const MAX_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));

/** from/to inclusive UAE days; bad or reversed values fall back to the default range. */
export function parseRange(raw: { from?: unknown; to?: unknown }, now = new Date()): { from: string; to: string } {
  const today = uaeIsoDay(now);
  const to = isoDay.safeParse(raw.to).success ? String(raw.to) : today;
  const fallbackFrom = new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_RANGE_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  let from = isoDay.safeParse(raw.from).success ? String(raw.from) : fallbackFrom;
  const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
  if (span < 0 || span >= MAX_RANGE_DAYS) from = fallbackFrom;
  return { from, to };
}
