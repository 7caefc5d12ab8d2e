// Product CSV files: columns named in English or Arabic (the templates in either language
// import the same way), one product per row, each row validated with the form's own schema.
// Pure: no database; the use-cases pass in the categories.
import Papa from "papaparse";
import { csvDocument } from "@/lib/csv/csv";
import { issueKey } from "@/lib/actions/field-errors";
import { ZProductFields, type ProductFields } from "./create-product.schema";

export const CSV_COLUMNS = [
  "nameEn",
  "nameAr",
  "category",
  "sellingPrice",
  "purchasePrice",
  "weightGrams",
  "barcode",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly CsvColumn[] = ["nameEn", "nameAr", "category", "sellingPrice", "purchasePrice", "weightGrams"];

/** Template header per language; every spelling here is accepted on import. */
export const CSV_HEADERS: Record<"en" | "ar", Record<CsvColumn, string>> = {
  en: {
    nameEn: "English name",
    nameAr: "Arabic name",
    category: "Category",
    sellingPrice: "Selling price (AED)",
    purchasePrice: "Purchase price (AED)",
    weightGrams: "Weight (g)",
    barcode: "Barcode (EAN-13, optional)",
  },
  ar: {
    nameEn: "الاسم بالإنجليزية",
    nameAr: "الاسم بالعربية",
    category: "الفئة",
    sellingPrice: "سعر البيع (درهم)",
    purchasePrice: "سعر الشراء (درهم)",
    weightGrams: "الوزن (غرام)",
    barcode: "الباركود (EAN-13، اختياري)",
  },
};
const MACHINE_HEADERS: Record<CsvColumn, string> = {
  nameEn: "name_en",
  nameAr: "name_ar",
  category: "category",
  sellingPrice: "selling_price",
  purchasePrice: "purchase_price",
  weightGrams: "weight_grams",
  barcode: "barcode",
};

const norm = (h: string) =>
  h
    .replace(/^\ufeff/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");
const HEADER_LOOKUP = new Map<string, CsvColumn>();
for (const col of CSV_COLUMNS) {
  for (const h of [CSV_HEADERS.en[col], CSV_HEADERS.ar[col], MACHINE_HEADERS[col]]) HEADER_LOOKUP.set(norm(h), col);
}

export type CsvRow = { line: number; values: Record<CsvColumn, string> };
export type CsvRowError = { line: number; field?: string; reason: string };
export type ParsedCsv =
  { ok: true; rows: CsvRow[] } | { ok: false; reason: "csv_empty" | "csv_missing_columns"; missing?: CsvColumn[] };

/** Rows with their line in the file (the header is line 1). Blank lines are skipped. */
export function parseProductCsv(text: string): ParsedCsv {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ""), { header: false, skipEmptyLines: false });
  const [header, ...data] = parsed.data;
  if (!header || header.every((h) => !h.trim())) return { ok: false, reason: "csv_empty" };
  const index = new Map<CsvColumn, number>();
  header.forEach((h, i) => {
    const col = HEADER_LOOKUP.get(norm(h));
    if (col && !index.has(col)) index.set(col, i);
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length) return { ok: false, reason: "csv_missing_columns", missing };
  const rows: CsvRow[] = [];
  data.forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return;
    const values = Object.fromEntries(
      CSV_COLUMNS.map((c) => [c, index.has(c) ? (cells[index.get(c)!] ?? "").trim() : ""]),
    );
    rows.push({ line: i + 2, values: values as Record<CsvColumn, string> });
  });
  return { ok: true, rows };
}

export type CategoryRef = { id: string; key: string; nameEn: string; nameAr: string };

/** A category cell matches a category's key or its English or Arabic name (any case). */
export function matchCategory(cell: string, categories: readonly CategoryRef[]): CategoryRef | undefined {
  const v = norm(cell);
  return v ? categories.find((c) => [c.key, c.nameEn, c.nameAr].some((n) => norm(n) === v)) : undefined;
}

const FIELD_OF: Record<string, CsvColumn> = { categoryId: "category" };

/** One row through the form's schema: the product fields, or the first problem (a translation key). */
export function validateProductRow(
  row: CsvRow,
  categories: readonly CategoryRef[],
): { ok: true; line: number; fields: ProductFields } | { ok: false; error: CsvRowError } {
  const category = matchCategory(row.values.category, categories);
  if (!category) return { ok: false, error: { line: row.line, field: "category", reason: "category_invalid" } };
  const res = ZProductFields.safeParse({ ...row.values, categoryId: category.id });
  if (!res.success) {
    const issue = res.error.issues[0];
    const field = String(issue.path[0] ?? "");
    return { ok: false, error: { line: row.line, field: FIELD_OF[field] ?? field, reason: issueKey(issue) } };
  }
  return { ok: true, line: row.line, fields: res.data };
}

/** A template: header in one language and one example row. */
export function productCsvTemplate(locale: "en" | "ar"): string {
  const header = CSV_COLUMNS.map((c) => CSV_HEADERS[locale][c]);
  // The category key is stable across languages (names may be edited); names work too.
  const example = ["Oud Oil 12 ml", "دهن عود 12 مل", "perfumes", "149.50", "60", "120", ""];
  return csvDocument([header, example]);
}
