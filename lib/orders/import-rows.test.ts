import { describe, expect, it } from "vitest";
import {
  ARABIC_HEADERS,
  checkHeaders,
  chunkGroups,
  draftFromGroup,
  groupImportRows,
  IMPORT_COLUMNS,
  importTemplateRows,
  oversizedGroups,
  rowsFromRecords,
  type ImportRow,
} from "./import-rows";

const good = (line: number, extra: Partial<ImportRow> = {}): ImportRow => ({
  line,
  customer_name: "Ahmed Ali",
  phone: "050 123 4567",
  emirate: "Dubai",
  city: "Dubai",
  street: "Street 12",
  sku: "ATL-OASIS-00001",
  quantity: "2",
  ...extra,
});

describe("headers", () => {
  it("accepts English and Arabic headers, in any order and case", () => {
    const en = checkHeaders(["SKU", " Customer Name ", "phone", "emirate", "city", "street", "quantity", "unknown"]);
    expect(en).toEqual({
      ok: true,
      columns: ["sku", "customer_name", "phone", "emirate", "city", "street", "quantity", null],
    });
    const ar = checkHeaders(IMPORT_COLUMNS.map((c) => ARABIC_HEADERS[c]));
    expect(ar.ok && ar.columns).toEqual([...IMPORT_COLUMNS]);
  });
  it("names the missing required columns", () => {
    expect(checkHeaders(["customer_name", "phone"])).toEqual({
      ok: false,
      missing: ["emirate", "city", "street", "sku", "quantity"],
    });
  });
  it("numbers rows like the spreadsheet and skips blank ones", () => {
    const check = checkHeaders(["customer_name", "phone", "emirate", "city", "street", "sku", "quantity"]);
    if (!check.ok) throw new Error("headers");
    const rows = rowsFromRecords(
      [
        ["h"],
        ["A", "0501234567", "Dubai", "Dubai", "S", "X", "1"],
        ["", ""],
        ["B", "0501234568", "Ajman", "Ajman", "S", "X", "1"],
      ],
      check.columns,
    );
    expect(rows.map((r) => [r.line, r.customer_name])).toEqual([
      [2, "A"],
      [4, "B"],
    ]);
  });
});

describe("draftFromGroup (per-row validation)", () => {
  it("builds an order input with E.164-parseable phone, emirate and fils", () => {
    const d = draftFromGroup([good(2, { unit_price_aed: "99.50", emirate: "دبي" })]);
    expect(d.errors).toEqual([]);
    expect(d.input).toMatchObject({
      emirate: "dubai",
      lines: [{ productId: "ATL-OASIS-00001", quantity: "2", unitPriceFils: 9950 }],
    });
  });
  it("reports a bad phone, an unknown emirate, a bad quantity and a bad price with their line numbers", () => {
    expect(draftFromGroup([good(2, { phone: "12345" })]).errors).toEqual([
      { line: 2, reason: "phone_invalid", field: "phone" },
    ]);
    expect(draftFromGroup([good(3, { emirate: "Narnia" })]).errors).toEqual([
      { line: 3, reason: "emirate_invalid", field: "emirate" },
    ]);
    expect(draftFromGroup([good(4, { quantity: "0" })]).errors).toEqual([
      { line: 4, reason: "quantity_invalid", field: "quantity" },
    ]);
    expect(draftFromGroup([good(5, { quantity: "two" })]).errors).toEqual([
      { line: 5, reason: "quantity_invalid", field: "quantity" },
    ]);
    expect(draftFromGroup([good(6, { unit_price_aed: "12,5" })]).errors).toEqual([
      { line: 6, reason: "amount_invalid", field: "unit_price_aed" },
    ]);
    expect(draftFromGroup([good(7, { customer_name: "" })]).errors).toEqual([
      { line: 7, reason: "required", field: "customer_name" },
    ]);
    expect(draftFromGroup([good(8, { sku: "" })]).errors).toEqual([{ line: 8, reason: "required", field: "sku" }]);
    expect(draftFromGroup([good(9)]).input).not.toBeNull();
  });
  it("refuses a whole multi-row order when one row is bad, and says why for the others", () => {
    const d = draftFromGroup([
      good(2, { external_ref: "W1" }),
      good(3, { external_ref: "W1", sku: "ATL-OASIS-00002", quantity: "-1" }),
    ]);
    expect(d.input).toBeNull();
    expect(d.errors).toEqual([
      { line: 2, reason: "order_has_bad_row" },
      { line: 3, reason: "quantity_invalid", field: "quantity" },
    ]);
  });
  it("refuses rows of one order that name another customer phone", () => {
    const d = draftFromGroup([
      good(2, { external_ref: "W1" }),
      good(3, { external_ref: "W1", sku: "ATL-OASIS-00002", phone: "0559999999" }),
    ]);
    expect(d.errors).toContainEqual({ line: 3, reason: "group_conflict", field: "phone" });
  });
});

describe("grouping and chunking", () => {
  it("groups rows sharing external_ref into one order, in order of first appearance", () => {
    const rows = [
      good(2, { external_ref: "A" }),
      good(3),
      good(4, { external_ref: "A" }),
      good(5, { external_ref: " " }),
    ];
    expect(groupImportRows(rows).map((g) => g.map((r) => r.line))).toEqual([[2, 4], [3], [5]]);
  });
  it("chunks to at most 100 rows without splitting an order", () => {
    const groups = [
      Array.from({ length: 60 }, (_, i) => good(i + 2)),
      Array.from({ length: 50 }, (_, i) => good(i + 62)),
      [good(200)],
    ];
    const chunks = chunkGroups(groups);
    expect(chunks.map((c) => c.length)).toEqual([60, 51]);
    expect(oversizedGroups([Array.from({ length: 51 }, (_, i) => good(i + 2, { external_ref: "BIG" }))])).toEqual([
      "BIG",
    ]);
  });
  it("ships templates whose headers are recognised, in both languages", () => {
    for (const lang of ["en", "ar"] as const) {
      const [header, ...samples] = importTemplateRows(lang);
      expect(checkHeaders(header).ok).toBe(true);
      expect(samples.length).toBeGreaterThan(1);
    }
  });
});
