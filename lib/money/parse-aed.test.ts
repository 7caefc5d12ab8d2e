import { describe, expect, it } from "vitest";
import { filsToAedInput, formatFils, parseAed } from "./parse-aed";

describe("parseAed", () => {
  it("parses whole and decimal amounts into integer fils", () => {
    expect(parseAed("12.5")).toBe(1250);
    expect(parseAed("12")).toBe(1200);
    expect(parseAed("12.50")).toBe(1250);
    expect(parseAed("0.05")).toBe(5);
    expect(parseAed("0")).toBe(0);
    expect(parseAed("  249.00 ")).toBe(24900);
  });
  it("never goes through floating point (0.29 and 1.15 are exact)", () => {
    expect(parseAed("0.29")).toBe(29);
    expect(parseAed("1.15")).toBe(115);
    expect(parseAed("4.35")).toBe(435);
  });
  it("accepts Arabic-Indic digits and the Arabic decimal separator", () => {
    expect(parseAed("١٢٫٥")).toBe(1250);
    expect(parseAed("٩٩")).toBe(9900);
  });
  it("refuses more than two decimals, signs, exponents, separators and junk", () => {
    for (const bad of [
      "12.505",
      "-1",
      "+1",
      "1e3",
      "1,000",
      "12.",
      ".5",
      "",
      "abc",
      "12 50",
      "0x10",
      "Infinity",
      "NaN",
    ]) {
      expect(parseAed(bad), bad).toBeNull();
    }
  });
  it("refuses amounts above the cap", () => {
    expect(parseAed("100000")).toBe(10_000_000);
    expect(parseAed("100000.01")).toBeNull();
    expect(parseAed("5", 499)).toBeNull();
  });
});

describe("fils display", () => {
  it("formats for form fields without floats", () => {
    expect(filsToAedInput(1250)).toBe("12.50");
    expect(filsToAedInput(5)).toBe("0.05");
    expect(filsToAedInput(0)).toBe("0.00");
  });
  it("formats with the reader's locale", () => {
    expect(formatFils(24900, "en")).toMatch(/AED\s?249\.00/);
    const ar = formatFils(24900, "ar");
    expect(ar).toMatch(/د\.إ\.?/);
    expect(ar).toMatch(/٢٤٩٫٠٠|249\.00/);
  });
});
