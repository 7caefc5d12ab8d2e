// Order codes: `#YYMMDDNNN` — the day in the UAE (UTC+4, no DST) and a per-day sequence of at
// least three digits (the 1000th order of a day is #2611221000: still unique and sortable
// within the day). Returns use `RETYYMMDDNNN` from their own counter. The day is
// uaeDay() from lib/time/uae-day.ts.

export function formatOrderCode(day: string, seq: number): string {
  if (!/^\d{6}$/.test(day) || !Number.isInteger(seq) || seq < 1) throw new Error("bad order code parts");
  return `#${day}${String(seq).padStart(3, "0")}`;
}

export function formatReturnCode(day: string, seq: number): string {
  return `RET${formatOrderCode(day, seq).slice(1)}`;
}

export function formatSku(sellerCode: string, seq: number): string {
  if (!/^[A-Z0-9]{2,10}$/.test(sellerCode) || !Number.isInteger(seq) || seq < 1) throw new Error("bad SKU parts");
  return `ATL-${sellerCode}-${String(seq).padStart(5, "0")}`;
}
