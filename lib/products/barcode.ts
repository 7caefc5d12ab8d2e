// Barcodes: the SKU itself by default (ATL-OASIS-00042 is Code 128 friendly: printable ASCII),
// or the seller's own EAN-13 when the product already carries one. Pure.

/** True when `code` is 13 digits whose last one is the GS1 check digit of the first 12. */
export function isValidEan13(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 12).reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === digits[12];
}

/** The barcode value stored for a product: the entered EAN-13, else the SKU. */
export function barcodeFor(sku: string, ean13?: string | null): string {
  const entered = ean13?.trim();
  if (!entered) return sku;
  if (!isValidEan13(entered)) throw new Error("invalid EAN-13");
  return entered;
}
