import { describe, expect, it } from "vitest";
import {
  codReport,
  feeReport,
  filsToAedString,
  payoutReport,
  refundReport,
  reportCsvRows,
  type ReportData,
} from "./report-shape";
import { monthStart, reportFilterSchema } from "./report-filter.schema";

describe("filsToAedString", () => {
  it("writes exact decimal AED from BigInt fils, including signs and huge sums", () => {
    expect(filsToAedString(0n)).toBe("0.00");
    expect(filsToAedString(5n)).toBe("0.05");
    expect(filsToAedString(-5n)).toBe("-0.05");
    expect(filsToAedString(123450n)).toBe("1234.50");
    expect(filsToAedString(9_007_199_254_740_993n)).toBe("90071992547409.93");
  });
});

describe("shaping", () => {
  it("fees: one row per type in a fixed order and their exact total", () => {
    const r = feeReport({ orders: 3, service: 1500n, fulfillment: 900n, delivery: 3000n, cod: 75n, return: 0n });
    expect(r.byType.map((x) => x.type)).toEqual(["service", "fulfillment", "delivery", "cod", "return"]);
    expect(r.totalFils).toBe(5475n);
    expect(r.orders).toBe(3);
  });

  it("cod: largest amount first, totals over every group", () => {
    const r = codReport([
      { id: "a", name: "Ali", collections: 1, amountFils: 100n, oldestAt: null },
      { id: "b", name: "Bilal", collections: 2, amountFils: 900n, oldestAt: null },
    ]);
    expect(r.rows.map((x) => x.id)).toEqual(["b", "a"]);
    expect(r.collections).toBe(3);
    expect(r.amountFils).toBe(1000n);
  });

  it("refunds: every status present, zeros where none", () => {
    const r = refundReport([{ status: "paid", count: 2, amountFils: 4000n }]);
    expect(r.rows).toEqual([
      { status: "pending", count: 0, amountFils: 0n },
      { status: "approved", count: 0, amountFils: 0n },
      { status: "paid", count: 2, amountFils: 4000n },
      { status: "cancelled", count: 0, amountFils: 0n },
    ]);
    expect(r.amountFils).toBe(4000n);
  });

  it("CSV rows: header, one row per entry, a total row", () => {
    const data: ReportData = {
      fees: feeReport({ orders: 1, service: 1000n, fulfillment: 0n, delivery: 0n, cod: 0n, return: 250n }),
      codByCourier: codReport([
        { id: "c", name: "=cmd()", collections: 1, amountFils: 12345n, oldestAt: new Date("2026-11-02T08:00:00Z") },
      ]),
      codByCompany: codReport([]),
      payouts: payoutReport([
        {
          sellerId: "s",
          storeName: "Oasis",
          sellerCode: "OASIS",
          requestedCount: 2,
          requestedFils: 5000n,
          approvedCount: 1,
          approvedFils: 3000n,
          paidCount: 1,
          paidFils: 3000n,
        },
      ]),
      refunds: refundReport([]),
    };
    expect(reportCsvRows("fees", data)).toEqual([
      ["fee_type", "amount_aed"],
      ["service", "10.00"],
      ["fulfillment", "0.00"],
      ["delivery", "0.00"],
      ["cod", "0.00"],
      ["return", "2.50"],
      ["total", "12.50"],
      ["orders", 1],
    ]);
    expect(reportCsvRows("cod-couriers", data)).toEqual([
      ["courier", "collections", "amount_aed", "oldest_collected_at"],
      ["=cmd()", 1, "123.45", "2026-11-02T08:00:00.000Z"],
      ["total", 1, "123.45", ""],
    ]);
    expect(reportCsvRows("cod-companies", data)).toEqual([
      ["company", "collections", "amount_aed", "oldest_collected_at"],
      ["total", 0, "0.00", ""],
    ]);
    expect(reportCsvRows("payouts", data)[1]).toEqual(["OASIS", "Oasis", 2, "50.00", 1, "30.00", 1, "30.00"]);
    expect(reportCsvRows("refunds", data).at(-1)).toEqual(["total", 0, "0.00"]);
  });
});

describe("report filter", () => {
  const schema = reportFilterSchema("2026-11-18");
  it("defaults to this month up to today", () => {
    expect(schema.parse({})).toEqual({ from: "2026-11-01", to: "2026-11-18", sellerId: undefined });
    expect(monthStart("2026-02-28")).toBe("2026-02-01");
  });
  it("takes a period and a seller, drops blanks", () => {
    expect(schema.parse({ from: "2026-10-01", to: "2026-10-31", sellerId: " s1 " })).toEqual({
      from: "2026-10-01",
      to: "2026-10-31",
      sellerId: "s1",
    });
    expect(schema.parse({ from: "", to: "", sellerId: "" })).toEqual({
      from: "2026-11-01",
      to: "2026-11-18",
      sellerId: undefined,
    });
  });
  it("rejects bad days, reversed and too long periods", () => {
    const issue = (v: object) => schema.safeParse(v).error?.issues[0]?.message;
    expect(issue({ from: "2026-02-30" })).toBe("invalid_day");
    expect(issue({ from: "2026-11-10", to: "2026-11-01" })).toBe("range_reversed");
    expect(issue({ from: "2024-01-01", to: "2026-11-01" })).toBe("range_too_long");
  });
});
