// The UAE calendar day (UTC+4, no daylight saving): order codes, date filters and exports
// all count days the way the people using Atlas do. Pure.

export const UAE_OFFSET_MS = 4 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** "YYMMDD" of the UAE day containing `now` (the order-code form). */
export function uaeDay(now: Date): string {
  const d = new Date(now.getTime() + UAE_OFFSET_MS);
  const yy = String(d.getUTCFullYear() % 100).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  const dd = String(d.getUTCDate()).padStart(2, "0");
  return `${yy}${mm}${dd}`;
}

/** Start of a UAE calendar day given as "YYYY-MM-DD" (a date input's value), as an instant. */
export function uaeDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - UAE_OFFSET_MS);
}

/** Start of the following UAE day: use as an exclusive upper bound (`lt`). */
export function uaeDayEnd(day: string): Date {
  return new Date(uaeDayStart(day).getTime() + DAY_MS);
}

/** A `datetime-local` value ("YYYY-MM-DDTHH:mm") read as UAE wall-clock time; null if malformed. */
export function uaeLocalToInstant(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const ms = Date.parse(`${value}:00Z`);
  if (Number.isNaN(ms)) return null;
  const back = new Date(ms);
  // Reject dates JavaScript silently rolls over (2026-02-30 → March 2).
  if (back.getUTCMonth() + 1 !== Number(m[2]) || back.getUTCDate() !== Number(m[3])) return null;
  return new Date(ms - UAE_OFFSET_MS);
}

/** The `datetime-local` value of an instant in UAE wall-clock time. */
export function instantToUaeLocal(at: Date): string {
  return new Date(at.getTime() + UAE_OFFSET_MS).toISOString().slice(0, 16);
}

/** "YYYY-MM-DD" of the UAE day containing `now` (a date input's value). */
export function uaeIsoDay(now: Date): string {
  return new Date(now.getTime() + UAE_OFFSET_MS).toISOString().slice(0, 10);
}
