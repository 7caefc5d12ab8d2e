import { describe, expect, it } from "vitest";
import { bpsToPercentInput, calculateFees, feeTotal, parsePercentBps, percentOfFils, type FeeRates } from "./fee-calc";

const ZERO: FeeRates = {
  serviceFils: 0,
  servicePctBps: 0,
  fulfillmentFils: 0,
  fulfillmentPctBps: 0,
  deliveryFils: 0,
  deliveryPctBps: 0,
  codFeeFixedFils: 0,
  codFeeBps: 0,
  returnFeeFils: 0,
  returnFeePctBps: 0,
};
/** The seeded default: AED 5 service, 7 fulfillment, 15 delivery, 1 % COD, 10 return. */
const DEFAULT: FeeRates = {
  ...ZERO,
  serviceFils: 500,
  fulfillmentFils: 700,
  deliveryFils: 1500,
  codFeeBps: 100,
  returnFeeFils: 1000,
};

type Row = {
  name: string;
  rates: FeeRates;
  cod: number;
  outcome: "delivered" | "returned_after_delivery" | "returned_undelivered";
  expect: [service: number, fulfillment: number, delivery: number, cod: number, ret: number, total: number];
};

const TABLE: Row[] = [
  {
    name: "fixed only, delivered",
    rates: DEFAULT,
    cod: 24900,
    outcome: "delivered",
    expect: [500, 700, 1500, 249, 0, 2949],
  },
  {
    name: "fixed only, COD percentage of zero COD",
    rates: DEFAULT,
    cod: 0,
    outcome: "delivered",
    expect: [500, 700, 1500, 0, 0, 2700],
  },
  {
    name: "percentage only",
    rates: {
      ...ZERO,
      servicePctBps: 250,
      fulfillmentPctBps: 100,
      deliveryPctBps: 50,
      codFeeBps: 200,
      returnFeePctBps: 300,
    },
    cod: 40000,
    outcome: "delivered",
    expect: [1000, 400, 200, 800, 0, 2400],
  },
  {
    name: "fixed and percentage together",
    rates: { ...DEFAULT, servicePctBps: 150, codFeeFixedFils: 100 },
    cod: 20000,
    outcome: "delivered",
    expect: [500 + 300, 700, 1500, 100 + 200, 0, 3300],
  },
  {
    name: "zero COD with percentages",
    rates: { ...ZERO, servicePctBps: 500, codFeeBps: 300 },
    cod: 0,
    outcome: "delivered",
    expect: [0, 0, 0, 0, 0, 0],
  },
  {
    name: "refused, never delivered: no COD fee, return fee",
    rates: DEFAULT,
    cod: 24900,
    outcome: "returned_undelivered",
    expect: [500, 700, 1500, 0, 1000, 3700],
  },
  {
    name: "returned after delivery keeps every fee plus the return fee",
    rates: { ...DEFAULT, returnFeePctBps: 100 },
    cod: 24900,
    outcome: "returned_after_delivery",
    expect: [500, 700, 1500, 249, 1000 + 249, 4198],
  },
  {
    name: "rounding: exactly half a fil rounds up",
    rates: { ...ZERO, codFeeBps: 250 },
    cod: 20,
    outcome: "delivered",
    expect: [0, 0, 0, 1, 0, 1],
  }, // 0.5
  {
    name: "rounding: just under half rounds down",
    rates: { ...ZERO, codFeeBps: 249 },
    cod: 20,
    outcome: "delivered",
    expect: [0, 0, 0, 0, 0, 0],
  }, // 0.498
  {
    name: "rounding: 1.5 fils → 2",
    rates: { ...ZERO, codFeeBps: 150 },
    cod: 100,
    outcome: "delivered",
    expect: [0, 0, 0, 2, 0, 2],
  },
  {
    name: "rounding: 2.5 fils → 3 (half-up, not banker's)",
    rates: { ...ZERO, codFeeBps: 250 },
    cod: 100,
    outcome: "delivered",
    expect: [0, 0, 0, 3, 0, 3],
  },
  {
    name: "rounding: 0.4999 fils → 0",
    rates: { ...ZERO, codFeeBps: 1 },
    cod: 4999,
    outcome: "delivered",
    expect: [0, 0, 0, 0, 0, 0],
  },
  {
    name: "rounding: 0.5 fils → 1 at one basis point",
    rates: { ...ZERO, codFeeBps: 1 },
    cod: 5000,
    outcome: "delivered",
    expect: [0, 0, 0, 1, 0, 1],
  },
  {
    name: "large amounts stay exact (AED 20 million COD, 2.33 %)",
    rates: { ...ZERO, servicePctBps: 233, codFeeBps: 9999 },
    cod: 2_000_000_001,
    outcome: "delivered",
    // 2 000 000 001 × 233 / 10 000 = 46 600 000.0233 → 46 600 000; × 9 999 / 10 000 = 1 999 800 000.9999 → 1 999 800 001
    expect: [46_600_000, 0, 0, 1_999_800_001, 0, 2_046_400_001],
  },
];

describe("calculateFees", () => {
  it.each(TABLE)("$name", (row) => {
    const r = calculateFees(row.rates, { codAmountFils: row.cod, outcome: row.outcome });
    expect([r.serviceFils, r.fulfillmentFils, r.deliveryFils, r.codFeeFils, r.returnFeeFils, r.totalFils]).toEqual(
      row.expect,
    );
    expect(r.serviceFils + r.fulfillmentFils + r.deliveryFils + r.codFeeFils + r.returnFeeFils).toBe(r.totalFils);
  });

  it("a seller override replaces the default's rates (same order, different schedule)", () => {
    const override: FeeRates = { ...DEFAULT, serviceFils: 300, deliveryFils: 1200, codFeeBps: 50 };
    const order = { codAmountFils: 30000, outcome: "delivered" as const };
    expect(calculateFees(DEFAULT, order).totalFils).toBe(500 + 700 + 1500 + 300);
    expect(calculateFees(override, order).totalFils).toBe(300 + 700 + 1200 + 150);
  });

  it("explains each fee: its parts, its base, and why one does not apply", () => {
    const r = calculateFees(
      { ...DEFAULT, servicePctBps: 150 },
      { codAmountFils: 20000, outcome: "returned_undelivered" },
    );
    expect(r.explanation.service).toEqual({
      applies: true,
      fixedFils: 500,
      pctBps: 150,
      baseFils: 20000,
      pctFils: 300,
      amountFils: 800,
    });
    expect(r.explanation.codFee).toMatchObject({
      applies: false,
      skipped: "no_cash_collected",
      amountFils: 0,
      pctBps: 100,
    });
    expect(r.explanation.returnFee).toMatchObject({ applies: true, fixedFils: 1000, amountFils: 1000 });
    const d = calculateFees(DEFAULT, { codAmountFils: 20000, outcome: "delivered" });
    expect(d.explanation.returnFee).toMatchObject({ applies: false, skipped: "not_returned", amountFils: 0 });
  });

  it("refuses negative, fractional and out-of-range inputs", () => {
    expect(() => calculateFees(DEFAULT, { codAmountFils: -1, outcome: "delivered" })).toThrow(RangeError);
    expect(() => calculateFees(DEFAULT, { codAmountFils: 10.5, outcome: "delivered" })).toThrow(RangeError);
    expect(() =>
      calculateFees({ ...DEFAULT, codFeeBps: 10_001 }, { codAmountFils: 100, outcome: "delivered" }),
    ).toThrow(RangeError);
    expect(() => calculateFees({ ...DEFAULT, serviceFils: -5 }, { codAmountFils: 100, outcome: "delivered" })).toThrow(
      RangeError,
    );
    expect(() =>
      calculateFees(
        { ...ZERO, serviceFils: 2_000_000_000, deliveryFils: 2_000_000_000 },
        { codAmountFils: 0, outcome: "delivered" },
      ),
    ).toThrow(RangeError);
    expect(() => calculateFees(DEFAULT, { codAmountFils: 100, outcome: "lost" as never })).toThrow(RangeError);
  });
});

describe("percentOfFils", () => {
  it.each([
    [0, 250, 0],
    [100, 0, 0],
    [100, 10_000, 100],
    [1, 5_000, 1],
    [1, 4_999, 0],
    [3, 5_000, 2],
    [2_147_483_647, 10_000, 2_147_483_647],
    [2_147_483_647, 1, 214_748],
  ])("%i fils × %i bps → %i", (base, bps, out) => {
    expect(percentOfFils(base, bps)).toBe(out);
  });
});

describe("feeTotal", () => {
  it("sums edited amounts and refuses bad ones", () => {
    expect(feeTotal({ serviceFils: 1, fulfillmentFils: 2, deliveryFils: 3, codFeeFils: 4, returnFeeFils: 5 })).toBe(15);
    expect(() =>
      feeTotal({ serviceFils: -1, fulfillmentFils: 0, deliveryFils: 0, codFeeFils: 0, returnFeeFils: 0 }),
    ).toThrow(RangeError);
    expect(() =>
      feeTotal({ serviceFils: 2e9, fulfillmentFils: 2e9, deliveryFils: 0, codFeeFils: 0, returnFeeFils: 0 }),
    ).toThrow(RangeError);
  });
});

describe("percent inputs", () => {
  it.each([
    ["2.5", 250],
    ["2.50", 250],
    ["0", 0],
    ["100", 10_000],
    ["0.01", 1],
    ["12", 1200],
    ["٢٫٥", 250],
    [" 1.25 ", 125],
  ])("%s %% → %i bps", (s, bps) => {
    expect(parsePercentBps(s)).toBe(bps);
  });
  it.each(["100.01", "101", "-1", "2.555", "", "abc", "1e2", "2,5", ".5", "5."])("refuses %s", (s) => {
    expect(parsePercentBps(s)).toBeNull();
  });
  it("formats basis points back without trailing zeros", () => {
    expect([0, 1, 10, 100, 250, 1234, 10_000].map(bpsToPercentInput)).toEqual([
      "0",
      "0.01",
      "0.1",
      "1",
      "2.5",
      "12.34",
      "100",
    ]);
  });
});
