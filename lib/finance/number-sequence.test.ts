import { describe, expect, it } from "vitest";
import { formatDocNumber } from "./number-sequence";

describe("formatDocNumber", () => {
  it.each([
    ["INV", "2026", 1, "INV-2026-00001"],
    ["PAY", "2026", 42, "PAY-2026-00042"],
    ["HND", "2611", 99999, "HND-2611-99999"],
    ["INV", "2027", 123456, "INV-2027-123456"],
  ])("%s %s %i → %s", (prefix, period, n, expected) => {
    expect(formatDocNumber(prefix, period, n)).toBe(expected);
  });

  it("rejects non-positive and fractional numbers", () => {
    expect(() => formatDocNumber("INV", "2026", 0)).toThrow(RangeError);
    expect(() => formatDocNumber("INV", "2026", 1.5)).toThrow(RangeError);
  });
});
