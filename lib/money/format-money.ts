// Integer minor units (fils for AED) → a display string in the reader's locale. Exact for any
// size: Intl formats only the integer part (as a BigInt) and the minor digits are spliced in from
// integer arithmetic, so no amount ever passes through a float. Pure; client-safe.
import { intlLocale } from "@/lib/i18n/intl-locale";

/** The currency every amount defaults to (the `currency` columns hold "AED"). */
export const DEFAULT_CURRENCY = "AED";

type Format = { nf: Intl.NumberFormat; digits: number; minor: Intl.NumberFormat };
const formats = new Map<string, Format>();

/** The currency's own minor digits (AED/SAR 2, OMR/KWD 3, JPY 0) and the two formatters. */
function formatFor(tag: string, currency: string): Format {
  const key = `${tag}|${currency}`;
  let f = formats.get(key);
  if (!f) {
    const digits =
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    f = {
      digits,
      nf: new Intl.NumberFormat(tag, {
        style: "currency",
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
      // Minor digits in the locale's own numbering system ("05" or "٠٥").
      minor: new Intl.NumberFormat(tag, { minimumIntegerDigits: Math.max(1, digits), useGrouping: false }),
    };
    formats.set(key, f);
  }
  return f;
}

function toBigInt(minor: number | bigint): bigint {
  if (typeof minor === "bigint") return minor;
  if (!Number.isSafeInteger(minor)) throw new Error("bad fils amount");
  return BigInt(minor);
}

/**
 * 24900 → "AED 249.00" (en) / "‏249.00 د.إ.‏" (ar); negative amounts keep their sign; BigInt
 * aggregates of any size are exact. `fils` is in the currency's minor unit (1/100 for AED,
 * 1/1000 for OMR); `currency` is an ISO 4217 code, AED when empty.
 */
export function formatMoney(fils: number | bigint, currency: string = DEFAULT_CURRENCY, locale: string = "en"): string {
  const code = (currency || DEFAULT_CURRENCY).toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new Error("bad currency code");
  const value = toBigInt(fils);
  const tag = intlLocale(locale);
  const { nf, digits, minor: minorFormat } = formatFor(tag, code);
  const scale = 10n ** BigInt(digits);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / scale;
  const minor = abs % scale;

  // A negative amount below one unit (-0.05) has a whole part of -0n, which BigInt cannot
  // sign: format -1 for the layout and swap its integer digits for the locale's zero.
  const parts = negative && whole === 0n ? nf.formatToParts(-1n) : nf.formatToParts(negative ? -whole : whole);
  const zero = whole === 0n ? minorFormat.format(0n).slice(-1) : null;
  const fraction = minorFormat.format(minor);
  return parts
    .map((part) => {
      if (part.type === "fraction") return fraction;
      if (part.type === "integer" && zero !== null) return zero;
      return part.value;
    })
    .join("");
}
