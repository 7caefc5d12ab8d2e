import { describe, expect, it } from "vitest";
import { formatMoney } from "./format-money";
import { formatFils } from "./parse-aed";

// Strip the bidi marks Intl adds around Arabic amounts so the table reads plainly.
const plain = (s: string) => s.replace(/[\u200e\u200f\u061c]/g, "").replace(/\u00a0/g, " ");

describe("formatMoney", () => {
  const en: Array<[number | bigint, string]> = [
    [0, "AED 0.00"],
    [5, "AED 0.05"],
    [29, "AED 0.29"],
    [100, "AED 1.00"],
    [115, "AED 1.15"],
    [24900, "AED 249.00"],
    [123456789, "AED 1,234,567.89"],
    [-5, "-AED 0.05"],
    [-24950, "-AED 249.50"],
    [0n, "AED 0.00"],
    [-1n, "-AED 0.01"],
    [9007199254740993n, "AED 90,071,992,547,409.93"], // 2^53 + 1: a float would say …409.92
    [123456789012345678901n, "AED 1,234,567,890,123,456,789.01"],
    [-123456789012345678999n, "-AED 1,234,567,890,123,456,789.99"],
  ];
  it.each(en)("en: %s fils → %s", (fils, expected) => {
    expect(plain(formatMoney(fils, "AED", "en"))).toBe(expected);
  });

  const ar: Array<[number | bigint, RegExp]> = [
    [24900, /^(249\.00|٢٤٩٫٠٠) د\.إ\.$/],
    [5, /^(0\.05|٠٫٠٥) د\.إ\.$/],
    [-24950, /^-(249\.50|٢٤٩٫٥٠) د\.إ\.$/],
    [9007199254740993n, /^(90,071,992,547,409\.93|٩٠٬٠٧١٬٩٩٢٬٥٤٧٬٤٠٩٫٩٣) د\.إ\.$/],
  ];
  it.each(ar)("ar: %s fils → %s", (fils, expected) => {
    expect(plain(formatMoney(fils, "AED", "ar"))).toMatch(expected);
  });

  it("numbers and BigInts of the same value format identically", () => {
    for (const n of [0, 1, 99, 100, 101, 987654321, -42, Number.MAX_SAFE_INTEGER]) {
      for (const locale of ["en", "ar"]) {
        expect(formatMoney(n, "AED", locale)).toBe(formatMoney(BigInt(n), "AED", locale));
      }
    }
  });

  it("uses the currency given, AED by default", () => {
    expect(plain(formatMoney(1250, "USD", "en"))).toMatch(/^(US\$|USD ?|\$)12\.50$/);
    expect(plain(formatMoney(1250, "", "en"))).toBe("AED 12.50");
  });

  it("follows the currency's own minor unit (OMR has three digits, JPY none)", () => {
    expect(plain(formatMoney(1250, "OMR", "en"))).toMatch(/^OMR ?1\.250$/);
    expect(plain(formatMoney(-5, "OMR", "en"))).toMatch(/^-OMR ?0\.005$/);
    expect(plain(formatMoney(1250, "JPY", "en"))).toMatch(/^(JP¥|¥|JPY ?)1,250$/);
  });

  it("refuses unsafe numbers and bad currency codes", () => {
    expect(() => formatMoney(0.5, "AED", "en")).toThrow();
    expect(() => formatMoney(2 ** 53, "AED", "en")).toThrow();
    expect(() => formatMoney(Number.NaN, "AED", "en")).toThrow();
    expect(() => formatMoney(100, "dirham", "en")).toThrow();
    expect(() => formatMoney(100, "ZZZZ", "en")).toThrow();
  });

  it("formatFils is formatMoney in AED", () => {
    for (const n of [0, 5, 24900, -300, 123456789]) {
      expect(formatFils(n, "en")).toBe(formatMoney(n, "AED", "en"));
      expect(formatFils(n, "ar")).toBe(formatMoney(n, "AED", "ar"));
    }
  });
});
