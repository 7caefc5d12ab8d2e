import { describe, expect, it } from "vitest";
import { planAllocation, sumDemand, type BinStock, type Demand, type Plan } from "./allocate";

// Warehouses: DXB-1 and DXB-2 in Dubai, SHJ-1 in Sharjah.
const WH = {
  "DXB-1": { warehouseId: "w-dxb1", warehouseCode: "DXB-1", warehouseEmirate: "dubai" },
  "DXB-2": { warehouseId: "w-dxb2", warehouseCode: "DXB-2", warehouseEmirate: "dubai" },
  "SHJ-1": { warehouseId: "w-shj1", warehouseCode: "SHJ-1", warehouseEmirate: "sharjah" },
} as const;

function bin(wh: keyof typeof WH, binCode: string, productId: string, available: number, pickOrder = 0): BinStock {
  return { ...WH[wh], productId, locationId: `${WH[wh].warehouseId}/${binCode}`, binCode, pickOrder, available };
}

type Case = { name: string; demand: Demand[]; stock: BinStock[]; emirate?: string | null; expected: Plan };

const cases: Case[] = [
  {
    name: "single bin covers the line",
    demand: [{ productId: "p1", quantity: 3 }],
    stock: [bin("DXB-1", "A-01", "p1", 5)],
    expected: {
      ok: true,
      warehouseId: "w-dxb1",
      allocations: [{ productId: "p1", locationId: "w-dxb1/A-01", quantity: 3 }],
    },
  },
  {
    name: "bins are used by pickOrder, not by code or input order",
    demand: [{ productId: "p1", quantity: 6 }],
    stock: [bin("DXB-1", "A-01", "p1", 10, 30), bin("DXB-1", "Z-99", "p1", 4, 10), bin("DXB-1", "M-05", "p1", 1, 20)],
    expected: {
      ok: true,
      warehouseId: "w-dxb1",
      allocations: [
        { productId: "p1", locationId: "w-dxb1/Z-99", quantity: 4 },
        { productId: "p1", locationId: "w-dxb1/M-05", quantity: 1 },
        { productId: "p1", locationId: "w-dxb1/A-01", quantity: 1 },
      ],
    },
  },
  {
    name: "equal pickOrder falls back to the bin code",
    demand: [{ productId: "p1", quantity: 3 }],
    stock: [bin("DXB-1", "B-01", "p1", 2, 5), bin("DXB-1", "A-02", "p1", 2, 5)],
    expected: {
      ok: true,
      warehouseId: "w-dxb1",
      allocations: [
        { productId: "p1", locationId: "w-dxb1/A-02", quantity: 2 },
        { productId: "p1", locationId: "w-dxb1/B-01", quantity: 1 },
      ],
    },
  },
  {
    name: "bins with nothing available are skipped",
    demand: [{ productId: "p1", quantity: 2 }],
    stock: [bin("DXB-1", "A-01", "p1", 0, 1), bin("DXB-1", "A-02", "p1", 2, 2)],
    expected: {
      ok: true,
      warehouseId: "w-dxb1",
      allocations: [{ productId: "p1", locationId: "w-dxb1/A-02", quantity: 2 }],
    },
  },
  {
    name: "repeated product lines are summed",
    demand: [
      { productId: "p1", quantity: 2 },
      { productId: "p1", quantity: 3 },
    ],
    stock: [bin("DXB-1", "A-01", "p1", 5)],
    expected: {
      ok: true,
      warehouseId: "w-dxb1",
      allocations: [{ productId: "p1", locationId: "w-dxb1/A-01", quantity: 5 }],
    },
  },
  {
    name: "repeated product lines short only together",
    demand: [
      { productId: "p1", quantity: 2 },
      { productId: "p1", quantity: 3 },
    ],
    stock: [bin("DXB-1", "A-01", "p1", 4)],
    expected: { ok: false, shortages: [{ productId: "p1", requested: 5, available: 4 }] },
  },
  {
    name: "a warehouse in the order's emirate is preferred over a lower code",
    demand: [{ productId: "p1", quantity: 1 }],
    stock: [bin("DXB-1", "A-01", "p1", 5), bin("SHJ-1", "A-01", "p1", 5)],
    emirate: "sharjah",
    expected: {
      ok: true,
      warehouseId: "w-shj1",
      allocations: [{ productId: "p1", locationId: "w-shj1/A-01", quantity: 1 }],
    },
  },
  {
    name: "among same-emirate warehouses the lower code wins",
    demand: [{ productId: "p1", quantity: 1 }],
    stock: [bin("DXB-2", "A-01", "p1", 5), bin("SHJ-1", "A-01", "p1", 5), bin("DXB-1", "A-01", "p1", 5)],
    emirate: "dubai",
    expected: {
      ok: true,
      warehouseId: "w-dxb1",
      allocations: [{ productId: "p1", locationId: "w-dxb1/A-01", quantity: 1 }],
    },
  },
  {
    name: "the preferred emirate is skipped when it cannot serve the whole order",
    demand: [
      { productId: "p1", quantity: 1 },
      { productId: "p2", quantity: 1 },
    ],
    stock: [bin("SHJ-1", "A-01", "p1", 5), bin("DXB-2", "A-01", "p1", 1), bin("DXB-2", "A-02", "p2", 1)],
    emirate: "sharjah",
    expected: {
      ok: true,
      warehouseId: "w-dxb2",
      allocations: [
        { productId: "p1", locationId: "w-dxb2/A-01", quantity: 1 },
        { productId: "p2", locationId: "w-dxb2/A-02", quantity: 1 },
      ],
    },
  },
  {
    name: "a line is never split across warehouses",
    demand: [{ productId: "p1", quantity: 6 }],
    stock: [bin("DXB-1", "A-01", "p1", 4), bin("DXB-2", "A-01", "p1", 5)],
    expected: { ok: false, shortages: [{ productId: "p1", requested: 6, available: 5 }] },
  },
  {
    name: "no stock anywhere: every product short with 0",
    demand: [
      { productId: "p2", quantity: 1 },
      { productId: "p1", quantity: 2 },
    ],
    stock: [],
    expected: {
      ok: false,
      shortages: [
        { productId: "p1", requested: 2, available: 0 },
        { productId: "p2", requested: 1, available: 0 },
      ],
    },
  },
  {
    name: "only the product short everywhere is reported",
    demand: [
      { productId: "p1", quantity: 2 },
      { productId: "p2", quantity: 3 },
    ],
    stock: [bin("DXB-1", "A-01", "p1", 9), bin("DXB-1", "A-02", "p2", 1), bin("DXB-2", "A-01", "p2", 2)],
    expected: { ok: false, shortages: [{ productId: "p2", requested: 3, available: 2 }] },
  },
  {
    name: "each product somewhere, never together: shortage against the closest warehouse",
    demand: [
      { productId: "p1", quantity: 2 },
      { productId: "p2", quantity: 2 },
    ],
    stock: [bin("DXB-1", "A-01", "p1", 2), bin("DXB-1", "A-02", "p2", 1), bin("DXB-2", "A-01", "p2", 2)],
    expected: { ok: false, shortages: [{ productId: "p2", requested: 2, available: 1 }] },
  },
  {
    name: "stock of products not ordered is ignored",
    demand: [{ productId: "p1", quantity: 1 }],
    stock: [bin("DXB-1", "A-01", "p9", 50), bin("DXB-2", "A-01", "p1", 1)],
    expected: {
      ok: true,
      warehouseId: "w-dxb2",
      allocations: [{ productId: "p1", locationId: "w-dxb2/A-01", quantity: 1 }],
    },
  },
];

describe("planAllocation", () => {
  it.each(cases)("$name", ({ demand, stock, emirate, expected }) => {
    expect(planAllocation(demand, stock, { preferredEmirate: emirate ?? null })).toEqual(expected);
  });

  it("never allocates more than a bin has, and exactly what was asked", () => {
    const stock = [bin("DXB-1", "A", "p1", 3, 1), bin("DXB-1", "B", "p1", 3, 2), bin("DXB-1", "C", "p1", 3, 3)];
    for (let q = 1; q <= 9; q++) {
      const plan = planAllocation([{ productId: "p1", quantity: q }], stock);
      if (!plan.ok) throw new Error(`expected ok for ${q}`);
      expect(plan.allocations.reduce((n, a) => n + a.quantity, 0)).toBe(q);
      for (const a of plan.allocations) expect(a.quantity).toBeGreaterThan(0);
      for (const a of plan.allocations) expect(a.quantity).toBeLessThanOrEqual(3);
    }
    expect(planAllocation([{ productId: "p1", quantity: 10 }], stock)).toEqual({
      ok: false,
      shortages: [{ productId: "p1", requested: 10, available: 9 }],
    });
  });

  it("refuses an empty demand or a non-positive quantity", () => {
    expect(() => planAllocation([], [])).toThrow();
    expect(() => planAllocation([{ productId: "p1", quantity: 0 }], [])).toThrow();
    expect(() => planAllocation([{ productId: "p1", quantity: 1.5 }], [])).toThrow();
  });
});

describe("sumDemand", () => {
  it("sums per product and sorts by product id", () => {
    expect(
      sumDemand([
        { productId: "b", quantity: 1 },
        { productId: "a", quantity: 2 },
        { productId: "b", quantity: 4 },
      ]),
    ).toEqual([
      { productId: "a", quantity: 2 },
      { productId: "b", quantity: 5 },
    ]);
  });
});
