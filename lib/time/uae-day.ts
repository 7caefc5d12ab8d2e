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
