import { describe, expect, it } from "vitest";
import { daysInclusive, isIsoDay } from "@/lib/callcenter/metrics-math";
import { dayToDbDate, dbDateToDay, lastFullUaeMonth, periodInstants, periodProblem, uaeYear } from "./period";

describe("lastFullUaeMonth", () => {
  it.each([
    ["2026-11-30T10:00:00Z", "2026-10-01", "2026-10-31"],
    ["2026-03-05T00:00:00Z", "2026-02-01", "2026-02-28"],
    ["2028-03-01T08:00:00Z", "2028-02-01", "2028-02-29"],
    ["2027-01-10T00:00:00Z", "2026-12-01", "2026-12-31"],
    // 21:00 UTC on 31 Dec is already 1 Jan in the UAE: December is then complete.
    ["2026-12-31T21:00:00Z", "2026-12-01", "2026-12-31"],
    ["2026-12-31T19:59:00Z", "2026-11-01", "2026-11-30"],
  ])("at %s → %s..%s", (now, from, to) => {
    expect(lastFullUaeMonth(new Date(now))).toEqual({ from, to });
  });
});

describe("periods", () => {
  it("validates days, order and length", () => {
    expect(isIsoDay("2026-02-28")).toBe(true);
    expect(isIsoDay("2026-02-30")).toBe(false);
    expect(isIsoDay("2026-2-3")).toBe(false);
    expect(periodProblem({ from: "2026-10-01", to: "2026-10-31" })).toBeNull();
    expect(periodProblem({ from: "2026-10-31", to: "2026-10-01" })).toBe("period_order");
    expect(periodProblem({ from: "2026-13-01", to: "2026-10-01" })).toBe("period_invalid");
    expect(periodProblem({ from: "2025-01-01", to: "2026-01-02" })).toBe("period_too_long");
    expect(daysInclusive("2026-10-01", "2026-10-01")).toBe(1);
    expect(daysInclusive("2026-10-01", "2026-10-31")).toBe(31);
  });

  it("bounds a period by UAE midnights", () => {
    const { start, end } = periodInstants({ from: "2026-10-01", to: "2026-10-31" });
    expect(start.toISOString()).toBe("2026-09-30T20:00:00.000Z");
    expect(end.toISOString()).toBe("2026-10-31T20:00:00.000Z");
  });

  it("round-trips date columns and takes the UAE year", () => {
    expect(dbDateToDay(dayToDbDate("2026-10-31"))).toBe("2026-10-31");
    expect(uaeYear(new Date("2026-12-31T20:30:00Z"))).toBe("2027");
    expect(uaeYear(new Date("2026-12-31T19:30:00Z"))).toBe("2026");
  });
});
