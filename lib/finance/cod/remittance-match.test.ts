import { describe, expect, it } from "vitest";
import { describeLineNote, matchRemittanceLines, type OrderForMatch } from "./remittance-match";

const CO = "co1";
const order = (code: string, collection: OrderForMatch["collection"]): [string, OrderForMatch] => [
  code,
  { id: `o-${code}`, code, collection },
];
const orders = new Map<string, OrderForMatch>([
  order("#1", { id: "c1", companyId: CO, remittanceId: null, amountFils: 10_000 }),
  order("#2", { id: "c2", companyId: CO, remittanceId: null, amountFils: 25_000 }),
  order("#3", { id: "c3", companyId: CO, remittanceId: "r0", amountFils: 5_000 }),
  order("#4", { id: "c4", companyId: "co2", remittanceId: null, amountFils: 5_000 }),
  order("#5", null),
  order("#6", { id: "c6", companyId: null, remittanceId: null, amountFils: 5_000 }),
]);

describe("matchRemittanceLines", () => {
  it("classifies every kind of line", () => {
    const lines = [
      { lineNo: 2, orderCode: "#1", amountFils: 10_000 },
      { lineNo: 3, orderCode: "#2", amountFils: 24_950 },
      { lineNo: 4, orderCode: "#9", amountFils: 1_000 },
      { lineNo: 5, orderCode: "#1", amountFils: 10_000 },
      { lineNo: 6, orderCode: "#3", amountFils: 5_000 },
      { lineNo: 7, orderCode: "#4", amountFils: 5_000 },
      { lineNo: 8, orderCode: "#5", amountFils: 5_000 },
      { lineNo: 9, orderCode: "#6", amountFils: 5_000 },
    ];
    const r = matchRemittanceLines(lines, orders, CO);
    expect(r.map((l) => [l.lineNo, l.match, l.note, l.collectionId, l.expectedFils])).toEqual([
      [2, "matched", null, "c1", 10_000],
      [3, "mismatched", "amount_differs", "c2", 25_000],
      [4, "unmatched", null, null, null],
      [5, "duplicate", "duplicate_in_file:2", null, null],
      [6, "duplicate", "already_remitted", "c3", null],
      [7, "mismatched", "other_company", null, null],
      [8, "mismatched", "not_delivered", null, null],
      [9, "mismatched", "in_house", null, null],
    ]);
    expect(r[0].orderId).toBe("o-#1");
    expect(r[2].orderId).toBeNull();
  });
});

describe("describeLineNote", () => {
  it("reads stored notes", () => {
    expect(describeLineNote("duplicate_in_file:7")).toEqual({ key: "duplicate_in_file", line: 7 });
    expect(describeLineNote("amount_differs")).toEqual({ key: "amount_differs" });
    expect(describeLineNote("nonsense")).toBeNull();
    expect(describeLineNote(null)).toBeNull();
  });
});
