import { describe, expect, it } from "vitest";
import {
  CSV_HEADERS,
  matchCategory,
  parseProductCsv,
  productCsvTemplate,
  validateProductRow,
  type CsvRow,
} from "./product-csv";

const CATS = [
  { id: "c1", key: "perfumes", nameEn: "Perfumes & Oud", nameAr: "العطور والعود" },
  { id: "c2", key: "electronics", nameEn: "Electronics", nameAr: "الإلكترونيات" },
];
const EN = Object.values(CSV_HEADERS.en)
  .map((h) => `"${h}"`)
  .join(",");
const AR = Object.values(CSV_HEADERS.ar)
  .map((h) => `"${h}"`)
  .join(",");

function rows(text: string): CsvRow[] {
  const res = parseProductCsv(text);
  if (!res.ok) throw new Error(res.reason);
  return res.rows;
}

describe("parseProductCsv", () => {
  it("reads English and Arabic headers into the same columns, with file line numbers", () => {
    const en = rows(`${EN}\nOud,عود,perfumes,12.5,5,100,\n\nMusk,مسك,Electronics,20,8,50,4006381333931\n`);
    const ar = rows(`\ufeff${AR}\r\nOud,عود,perfumes,12.5,5,100,\r\n`);
    expect(en.map((r) => r.line)).toEqual([2, 4]);
    expect(en[1].values).toMatchObject({ nameEn: "Musk", category: "Electronics", barcode: "4006381333931" });
    expect(ar[0].values).toEqual(en[0].values);
  });
  it("accepts columns in any order and machine names", () => {
    const r = rows("weight_grams,name_ar,name_en,category,purchase_price,selling_price\n100,عود,Oud,perfumes,5,12.5\n");
    expect(r[0].values).toMatchObject({
      nameEn: "Oud",
      nameAr: "عود",
      sellingPrice: "12.5",
      purchasePrice: "5",
      weightGrams: "100",
      barcode: "",
    });
  });
  it("reports an empty file and missing columns", () => {
    expect(parseProductCsv("")).toEqual({ ok: false, reason: "csv_empty" });
    expect(parseProductCsv("name_en,name_ar\nx,y")).toMatchObject({
      ok: false,
      reason: "csv_missing_columns",
      missing: ["category", "sellingPrice", "purchasePrice", "weightGrams"],
    });
  });
});

describe("validateProductRow", () => {
  const row = (values: Partial<CsvRow["values"]>, line = 2): CsvRow => ({
    line,
    values: {
      nameEn: "Oud Oil",
      nameAr: "دهن عود",
      category: "perfumes",
      sellingPrice: "12.5",
      purchasePrice: "5",
      weightGrams: "100",
      barcode: "",
      ...values,
    },
  });
  it("turns a good row into product fields in fils", () => {
    const res = validateProductRow(row({}), CATS);
    expect(res).toEqual({
      ok: true,
      line: 2,
      fields: {
        nameEn: "Oud Oil",
        nameAr: "دهن عود",
        categoryId: "c1",
        sellingPrice: 1250,
        purchasePrice: 500,
        weightGrams: 100,
        barcode: "",
      },
    });
  });
  it("matches categories by key or either name", () => {
    expect(matchCategory("PERFUMES", CATS)?.id).toBe("c1");
    expect(matchCategory("electronics", CATS)?.id).toBe("c2");
    expect(matchCategory("الإلكترونيات", CATS)?.id).toBe("c2");
    expect(matchCategory("toys", CATS)).toBeUndefined();
  });
  it("reports the line, field and reason of a bad row", () => {
    expect(validateProductRow(row({ sellingPrice: "12.505" }, 7), CATS)).toEqual({
      ok: false,
      error: { line: 7, field: "sellingPrice", reason: "price_invalid" },
    });
    expect(validateProductRow(row({ category: "toys" }, 3), CATS)).toEqual({
      ok: false,
      error: { line: 3, field: "category", reason: "category_invalid" },
    });
    expect(validateProductRow(row({ weightGrams: "0" }), CATS)).toMatchObject({
      ok: false,
      error: { field: "weightGrams", reason: "weight_invalid" },
    });
    expect(validateProductRow(row({ barcode: "4006381333932" }), CATS)).toMatchObject({
      ok: false,
      error: { field: "barcode", reason: "barcode_invalid" },
    });
    expect(validateProductRow(row({ nameAr: "" }), CATS)).toMatchObject({
      ok: false,
      error: { field: "nameAr", reason: "required" },
    });
  });
});

describe("templates", () => {
  it("round-trip: each language's template parses into one valid row", () => {
    for (const locale of ["en", "ar"] as const) {
      const text = productCsvTemplate(locale);
      expect(text.startsWith("\ufeff")).toBe(true);
      expect(text).toContain(CSV_HEADERS[locale].nameEn);
      const [r] = rows(text);
      expect(validateProductRow(r, CATS).ok).toBe(true);
    }
  });
});
