import { describe, expect, it } from "vitest";
import { comparePickPath, groupPickList, type PickInput } from "./pick-path";

const item = (o: Partial<PickInput>): PickInput => ({
  orderCode: "#1",
  productId: "p1",
  sku: "SKU-1",
  nameEn: "One",
  nameAr: "واحد",
  locationId: "b1",
  binCode: "A-01",
  pickOrder: 10,
  quantity: 1,
  ...o,
});

describe("comparePickPath", () => {
  it("sorts by pickOrder, then bin code (numeric aware), then SKU", () => {
    const stops = [
      { pickOrder: 20, binCode: "A-01", sku: "X" },
      { pickOrder: 10, binCode: "B-10", sku: "Y" },
      { pickOrder: 10, binCode: "B-2", sku: "Z" },
      { pickOrder: 10, binCode: "B-2", sku: "A" },
    ];
    expect([...stops].sort(comparePickPath)).toEqual([
      { pickOrder: 10, binCode: "B-2", sku: "A" },
      { pickOrder: 10, binCode: "B-2", sku: "Z" },
      { pickOrder: 10, binCode: "B-10", sku: "Y" },
      { pickOrder: 20, binCode: "A-01", sku: "X" },
    ]);
  });
});

describe("groupPickList", () => {
  it("sums one product in one bin across orders and keeps the split", () => {
    const lines = groupPickList([
      item({ orderCode: "#1", quantity: 2 }),
      item({ orderCode: "#2", quantity: 3 }),
      item({ orderCode: "#1", quantity: 1 }),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0].quantity).toBe(6);
    expect(lines[0].orders).toEqual([
      { code: "#1", quantity: 3 },
      { code: "#2", quantity: 3 },
    ]);
  });

  it("keeps different bins of one product apart, in pick-path order, and drops empty lines", () => {
    const lines = groupPickList([
      item({ locationId: "b2", binCode: "C-01", pickOrder: 30, quantity: 1 }),
      item({ locationId: "b1", binCode: "A-01", pickOrder: 10, quantity: 1 }),
      item({ locationId: "b3", binCode: "B-01", pickOrder: 10, quantity: 0 }),
      item({ locationId: "b4", binCode: "A-00", pickOrder: 20, productId: "p2", sku: "SKU-2", quantity: 4 }),
    ]);
    expect(lines.map((l) => [l.binCode, l.quantity])).toEqual([
      ["A-01", 1],
      ["A-00", 4],
      ["C-01", 1],
    ]);
  });
});
