import { describe, expect, it } from "vitest";
import { addCounts, EMPTY_COUNTS, performanceFigures } from "./performance-math";
import { parseRange } from "./performance.schema";

describe("delivery performance math", () => {
  it("rates from counts", () => {
    const f = performanceFigures({
      ...EMPTY_COUNTS,
      dispatched: 5,
      ordersAttempted: 4,
      attempts: 6,
      delivered: 3,
      failed: 2,
      refused: 1,
      deliveredAttemptNoSum: 4,
      deliverSecondsSum: 3 * 3600,
      deliverTimed: 3,
    });
    expect(f.successRate).toBe(0.75);
    expect(f.attemptsPerDelivered).toBeCloseTo(4 / 3);
    expect(f.avgDeliverMs).toBe(3_600_000);
  });

  it("no data gives no rate (a gap, not a zero)", () => {
    const f = performanceFigures(EMPTY_COUNTS);
    expect(f.successRate).toBeNull();
    expect(f.attemptsPerDelivered).toBeNull();
    expect(f.avgDeliverMs).toBeNull();
  });

  it("adds count rows", () => {
    const a = { ...EMPTY_COUNTS, delivered: 2, ordersAttempted: 3 };
    expect(addCounts(a, a)).toMatchObject({ delivered: 4, ordersAttempted: 6, failed: 0 });
  });

  it("parses a UAE day range, falling back to the last 30 days", () => {
    const now = new Date("2026-03-10T21:00:00Z"); // 01:00 on 11 March in Dubai
    expect(parseRange({}, now)).toEqual({ from: "2026-02-10", to: "2026-03-11" });
    expect(parseRange({ from: "2026-03-01", to: "2026-03-05" }, now)).toEqual({ from: "2026-03-01", to: "2026-03-05" });
    expect(parseRange({ from: "2026-03-09", to: "2026-03-05" }, now)).toEqual({ from: "2026-02-04", to: "2026-03-05" });
    expect(parseRange({ from: "2026-02-30", to: "junk" }, now)).toEqual({ from: "2026-02-10", to: "2026-03-11" });
  });
});
