// Seller codes appear in every SKU (ATL-<CODE>-00042): 2–10 characters A–Z/0–9, unique,
// derived from the store name so staff recognise them. Pure.

export const SELLER_CODE = /^[A-Z0-9]{2,10}$/;
const MAX = 10;

function letters(name: string): string {
  // "Café Noor" → "CAFENOOR": fold accents, keep ASCII letters and digits only.
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
}

/**
 * The preferred code: the store name's letters, else the company name's (an Arabic-only store
 * name has none), else "SELLER".
 */
export function sellerCodeBase(storeName: string, companyName = ""): string {
  for (const source of [storeName, companyName]) {
    const base = letters(source).slice(0, MAX);
    if (base.length >= 2) return base;
  }
  return "SELLER";
}

/** The n-th candidate: the base itself, then BASE2, BASE3… cut so the whole stays ≤ 10. */
export function sellerCodeCandidate(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = String(n);
  return `${base.slice(0, MAX - suffix.length)}${suffix}`;
}

/** Codes that could collide with any candidate of `base` share this prefix. */
export function sellerCodePrefix(base: string): string {
  return base.slice(0, Math.min(base.length, MAX - 4));
}

/** The first candidate not in `taken`. */
export function pickSellerCode(base: string, taken: ReadonlySet<string>): string {
  for (let n = 1; n < 10_000; n++) {
    const c = sellerCodeCandidate(base, n);
    if (!taken.has(c)) return c;
  }
  throw new Error("no free seller code");
}
