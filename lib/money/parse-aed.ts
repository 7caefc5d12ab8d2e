// AED amounts typed by people → integer fils, with string arithmetic only (no floats: "0.29"
// must be 29 fils, never 28.999…). Pure; used by forms, CSV rows and the server alike.
import { DEFAULT_CURRENCY, formatMoney } from "./format-money";

/** AED 100,000: one product price above this is a typo, not a price. */
export const MAX_AED_FILS = 10_000_000;

const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Arabic-Indic and Persian digits → ASCII (an Arabic keyboard types ١٢٫٥). */
function asciiDigits(s: string): string {
  return s.replace(ARABIC_INDIC, (d) => String((d.charCodeAt(0) & 0xf) % 10)).replace(/\u066b/g, "."); // Arabic decimal separator
}

/**
 * "12.5" → 1250, "12" → 1200, "0.05" → 5. At most two decimals, no sign, no exponent, no
 * thousands separators (ambiguous between locales). Returns null for anything else or above
 * `max` fils.
 */
export function parseAed(input: string, max = MAX_AED_FILS): number | null {
  const s = asciiDigits(String(input).trim());
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const fils = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(fils) && fils <= max ? fils : null;
}

/** Fils → the plain amount a form field shows ("1250" → "12.50"). */
export function filsToAedInput(fils: number): string {
  if (!Number.isSafeInteger(fils) || fils < 0) throw new Error("bad fils amount");
  return `${Math.trunc(fils / 100)}.${String(fils % 100).padStart(2, "0")}`;
}

/** Fils → "AED 12.50" / "‏12.50 د.إ.‏" in the reader's locale (exact: see formatMoney). */
export function formatFils(fils: number, locale: string): string {
  return formatMoney(fils, DEFAULT_CURRENCY, locale);
}
