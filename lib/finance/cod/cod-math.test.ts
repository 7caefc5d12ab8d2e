import { describe, expect, it } from "vitest";
import { handoverOutcome, remittanceOutcome, sumFils } from "./cod-math";

describe("handoverOutcome", () => {
  it("flags a shortfall to the fil", () => {
    expect(handoverOutcome(25_000n, 24_950n)).toEqual({ differenceFils: -50n, status: "disputed" });
  });
  it("flags an overage", () => {
    expect(handoverOutcome(10_000n, 10_001n)).toEqual({ differenceFils: 1n, status: "disputed" });
  });
  it("reconciles an exact handover", () => {
    expect(handoverOutcome(123_456_789_012n, 123_456_789_012n)).toEqual({ differenceFils: 0n, status: "reconciled" });
  });
});

describe("remittanceOutcome", () => {
  it("reconciled only when all lines matched and the totals agree", () => {
    expect(remittanceOutcome(5_000n, 5_000n, 2, 2).status).toBe("reconciled");
    expect(remittanceOutcome(5_000n, 5_000n, 3, 2).status).toBe("disputed");
    expect(remittanceOutcome(5_000n, 4_999n, 2, 2)).toEqual({ differenceFils: -1n, status: "disputed" });
    expect(remittanceOutcome(0n, 0n, 0, 0).status).toBe("disputed");
  });
});

describe("sumFils", () => {
  it("adds past 2^53 exactly", () => {
    expect(sumFils([Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 2])).toBe(18_014_398_509_481_984n);
    expect(sumFils([])).toBe(0n);
  });
});
