import { describe, expect, it } from "vitest";
import { formatOrderCode, formatReturnCode, formatSku } from "./order-code";

describe("order codes", () => {
  it("formats #YYMMDDNNN and grows past 999", () => {
    expect(formatOrderCode("261122", 1)).toBe("#261122001");
    expect(formatOrderCode("261122", 42)).toBe("#261122042");
    expect(formatOrderCode("261122", 1000)).toBe("#2611221000");
    expect(() => formatOrderCode("2611", 1)).toThrow();
    expect(() => formatOrderCode("261122", 0)).toThrow();
  });
  it("formats return codes", () => {
    expect(formatReturnCode("261122", 7)).toBe("RET261122007");
  });
  it("formats SKUs as ATL-<SELLER>-NNNNN", () => {
    expect(formatSku("OASIS", 42)).toBe("ATL-OASIS-00042");
    expect(formatSku("GULF", 123456)).toBe("ATL-GULF-123456");
    expect(() => formatSku("oasis", 1)).toThrow();
  });
});
