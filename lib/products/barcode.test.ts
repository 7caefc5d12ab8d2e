import { describe, expect, it } from "vitest";
import { barcodeFor, isValidEan13 } from "./barcode";

describe("EAN-13", () => {
  it("accepts codes whose check digit is right", () => {
    expect(isValidEan13("4006381333931")).toBe(true);
    expect(isValidEan13("6291041500213")).toBe(true); // a UAE (629) prefix
    expect(isValidEan13("0000000000000")).toBe(true);
  });
  it("refuses a wrong check digit, wrong length or non-digits", () => {
    expect(isValidEan13("4006381333932")).toBe(false);
    expect(isValidEan13("6291041500214")).toBe(false);
    expect(isValidEan13("400638133393")).toBe(false);
    expect(isValidEan13("40063813339311")).toBe(false);
    expect(isValidEan13("40063813339a1")).toBe(false);
    expect(isValidEan13(" 4006381333931")).toBe(false);
  });
  it("uses the SKU unless a valid EAN-13 is given", () => {
    expect(barcodeFor("ATL-OASIS-00042")).toBe("ATL-OASIS-00042");
    expect(barcodeFor("ATL-OASIS-00042", "  ")).toBe("ATL-OASIS-00042");
    expect(barcodeFor("ATL-OASIS-00042", "4006381333931")).toBe("4006381333931");
    expect(() => barcodeFor("ATL-OASIS-00042", "4006381333932")).toThrow();
  });
});
