import { describe, expect, it } from "vitest";
import { pickSellerCode, SELLER_CODE, sellerCodeBase, sellerCodeCandidate, sellerCodePrefix } from "./seller-code";

describe("sellerCodeBase", () => {
  it("keeps the store name's letters and digits, upper-cased, at most 10", () => {
    expect(sellerCodeBase("Oasis Perfumes")).toBe("OASISPERFU");
    expect(sellerCodeBase("gulf-gadgets 24/7")).toBe("GULFGADGET");
    expect(sellerCodeBase("Café Noor")).toBe("CAFENOOR");
    expect(sellerCodeBase("  k9  ")).toBe("K9");
  });
  it("falls back to the company name, then to SELLER", () => {
    expect(sellerCodeBase("متجر نورة", "Noura Trading LLC")).toBe("NOURATRADI");
    expect(sellerCodeBase("متجر", "شركة")).toBe("SELLER");
    expect(sellerCodeBase("X", "")).toBe("SELLER");
  });
  it("always produces a valid code", () => {
    for (const name of ["a", "Zz", "1234567890123", "ÄÖÜ shop", "🙂🙂", "The Very Long Store Name Indeed"]) {
      expect(sellerCodeBase(name)).toMatch(SELLER_CODE);
    }
  });
});

describe("de-duplication", () => {
  it("adds a numeric suffix, shortening the base to stay within 10", () => {
    expect(sellerCodeCandidate("NOURA", 1)).toBe("NOURA");
    expect(sellerCodeCandidate("NOURA", 2)).toBe("NOURA2");
    expect(sellerCodeCandidate("OASISPERFU", 2)).toBe("OASISPERF2");
    expect(sellerCodeCandidate("OASISPERFU", 12)).toBe("OASISPER12");
  });
  it("picks the first free candidate", () => {
    expect(pickSellerCode("NOURA", new Set())).toBe("NOURA");
    expect(pickSellerCode("NOURA", new Set(["NOURA", "NOURA2"]))).toBe("NOURA3");
    const taken = new Set(["OASISPERFU", ...Array.from({ length: 8 }, (_, i) => `OASISPERF${i + 2}`)]);
    expect(pickSellerCode("OASISPERFU", taken)).toBe("OASISPER10");
  });
  it("every candidate up to 9999 starts with the lookup prefix and is valid", () => {
    for (const n of [1, 2, 10, 100, 1000, 9999]) {
      const c = sellerCodeCandidate("OASISPERFU", n);
      expect(c.startsWith(sellerCodePrefix("OASISPERFU"))).toBe(true);
      expect(c).toMatch(SELLER_CODE);
    }
  });
});
