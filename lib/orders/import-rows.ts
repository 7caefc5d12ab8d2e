// CSV order import, the pure part shared by the browser (preview, chunking) and the server
// (validation, creation). One row = one order line; rows sharing a non-empty external_ref form
// one multi-product order, whose customer and address come from its first row. Line numbers
// are the spreadsheet's: the header is line 1, the first data row line 2.
import { z } from "zod";
import { EMIRATES, parseEmirate } from "@/lib/geo/emirates";
import { parseAed } from "@/lib/money/parse-aed";
import { MAX_ORDER_LINES, MAX_UNIT_PRICE_FILS, ZCreateOrderInput, type CreateOrderInput } from "./create-order.schema";
import { normalisePhone } from "./phone";

export const MAX_IMPORT_ROWS = 2000;
/** Rows per server call; groups (orders) are never split across calls. */
export const IMPORT_CHUNK_ROWS = 100;

export const IMPORT_COLUMNS = [
  "customer_name",
  "phone",
  "emirate",
  "city",
  "area",
  "street",
  "building",
  "landmark",
  "sku",
  "quantity",
  "unit_price_aed",
  "notes",
  "external_ref",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  "customer_name",
  "phone",
  "emirate",
  "city",
  "street",
  "sku",
  "quantity",
];

/** The Arabic template's headers (either language is accepted on upload). */
export const ARABIC_HEADERS: Record<ImportColumn, string> = {
  customer_name: "اسم العميل",
  phone: "الهاتف",
  emirate: "الإمارة",
  city: "المدينة",
  area: "المنطقة",
  street: "الشارع",
  building: "المبنى",
  landmark: "معلم قريب",
  sku: "رمز المنتج",
  quantity: "الكمية",
  unit_price_aed: "سعر الوحدة بالدرهم",
  notes: "ملاحظات",
  external_ref: "المرجع الخارجي",
};

const squash = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_\-]+/g, " ");
const HEADER_LOOKUP = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((c) => [[squash(c), c] as const, [squash(ARABIC_HEADERS[c]), c] as const]),
);

export function columnForHeader(header: string): ImportColumn | null {
  return HEADER_LOOKUP.get(squash(header)) ?? null;
}

const cell = z.string().max(1000).optional();
/** One parsed CSV row as sent to the server: only the known columns (no mass assignment). */
export const ZImportRow = z
  .object({
    line: z
      .number()
      .int()
      .min(2)
      .max(MAX_IMPORT_ROWS + 1),
  })
  .extend(Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, cell])) as Record<ImportColumn, typeof cell>)
  .strict();
export type ImportRow = z.infer<typeof ZImportRow>;

export type HeaderCheck = { ok: true; columns: Array<ImportColumn | null> } | { ok: false; missing: ImportColumn[] };

export function checkHeaders(headers: string[]): HeaderCheck {
  const columns = headers.map(columnForHeader);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  return missing.length ? { ok: false, missing } : { ok: true, columns };
}

/** Records (first = header) → rows with spreadsheet line numbers; blank records are skipped. */
export function rowsFromRecords(records: string[][], columns: Array<ImportColumn | null>): ImportRow[] {
  const rows: ImportRow[] = [];
  records.slice(1).forEach((rec, i) => {
    if (rec.every((v) => !v?.trim())) return;
    const row: ImportRow = { line: i + 2 };
    columns.forEach((c, j) => {
      if (c && rec[j] !== undefined) row[c] = String(rec[j]).slice(0, 1000);
    });
    rows.push(row);
  });
  return rows;
}

/** Rows → orders: by external_ref (first appearance order); rows without one stand alone. */
export function groupImportRows(rows: readonly ImportRow[]): ImportRow[][] {
  const groups: ImportRow[][] = [];
  const byRef = new Map<string, ImportRow[]>();
  for (const row of rows) {
    const ref = row.external_ref?.trim();
    if (!ref) {
      groups.push([row]);
      continue;
    }
    let g = byRef.get(ref);
    if (!g) {
      byRef.set(ref, (g = []));
      groups.push(g);
    }
    g.push(row);
  }
  return groups;
}

/** Groups → chunks of at most `max` rows each, never splitting a group. */
export function chunkGroups(groups: readonly ImportRow[][], max = IMPORT_CHUNK_ROWS): ImportRow[][] {
  const chunks: ImportRow[][] = [];
  let current: ImportRow[] = [];
  for (const g of groups) {
    if (current.length && current.length + g.length > max) {
      chunks.push(current);
      current = [];
    }
    current.push(...g);
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** Groups too big to be one order (the whole file is refused: a group is never split). */
export function oversizedGroups(groups: readonly ImportRow[][]): string[] {
  return groups.filter((g) => g.length > MAX_ORDER_LINES).map((g) => g[0].external_ref?.trim() ?? "");
}

export type ImportReason =
  | "required"
  | "too_long"
  | "invalid"
  | "phone_invalid"
  | "phone_not_supported"
  | "emirate_invalid"
  | "sku_unknown"
  | "product_not_orderable"
  | "quantity_invalid"
  | "amount_invalid"
  | "duplicate_line"
  | "too_many_lines"
  | "group_conflict"
  | "order_has_bad_row"
  | "unexpected";
export type ImportRowError = { line: number; reason: ImportReason; field?: ImportColumn };

const FIELD_COLUMN: Record<string, ImportColumn> = {
  customerName: "customer_name",
  customerPhone: "phone",
  emirate: "emirate",
  city: "city",
  area: "area",
  street: "street",
  building: "building",
  landmark: "landmark",
  notes: "notes",
  externalRef: "external_ref",
  productId: "sku",
  quantity: "quantity",
  unitPriceFils: "unit_price_aed",
};
const KNOWN_REASONS = new Set<string>([
  "required",
  "phone_invalid",
  "phone_not_supported",
  "emirate_invalid",
  "quantity_invalid",
  "duplicate_line",
  "too_many_lines",
  "product_not_orderable",
]);

/** A field error path of ZCreateOrderInput ("lines.1.quantity", "customerPhone") → row and column. */
export function locateField(rows: readonly ImportRow[], path: string, code: string): ImportRowError {
  const parts = path.split(".");
  const lineIdx = parts[0] === "lines" && parts[1] !== undefined ? Number(parts[1]) : NaN;
  const row = Number.isInteger(lineIdx) && rows[lineIdx] ? rows[lineIdx] : rows[0];
  const field = FIELD_COLUMN[parts[parts.length - 1]] ?? (parts[0] === "lines" ? "sku" : undefined);
  let reason: ImportReason;
  if (code === "product_not_found") reason = "sku_unknown";
  else if (KNOWN_REASONS.has(code)) reason = code as ImportReason;
  else if (field === "quantity") reason = "quantity_invalid";
  else if (field === "unit_price_aed") reason = "amount_invalid";
  else if (code === "too_long" || code === "too_big") reason = "too_long";
  else if (code === "too_short" || code === "too_small") reason = "required";
  else reason = "invalid";
  return { line: row.line, reason, ...(field ? { field } : {}) };
}

export type ImportDraft = { rows: ImportRow[]; input: CreateOrderInput | null; errors: ImportRowError[] };

/**
 * One group → the order input (lines carry the SKU in productId until the server resolves it)
 * or the reasons its rows are refused. Everything that needs no database is checked here.
 */
export function draftFromGroup(rows: ImportRow[]): ImportDraft {
  const first = rows[0];
  const errors: ImportRowError[] = [];
  const emirate = parseEmirate(first.emirate ?? "");
  if (!emirate) errors.push({ line: first.line, reason: "emirate_invalid", field: "emirate" });
  const firstPhone = normalisePhone(first.phone ?? "");
  rows.slice(1).forEach((r) => {
    const p = r.phone?.trim() ? normalisePhone(r.phone) : null;
    if (p && (!p.ok || !firstPhone.ok || p.e164 !== firstPhone.e164))
      errors.push({ line: r.line, reason: "group_conflict", field: "phone" });
  });
  const lines = rows.map((r) => {
    const price = r.unit_price_aed?.trim() ? parseAed(r.unit_price_aed, MAX_UNIT_PRICE_FILS) : undefined;
    if (price === null) errors.push({ line: r.line, reason: "amount_invalid", field: "unit_price_aed" });
    return {
      productId: (r.sku ?? "").trim().toUpperCase(),
      quantity: (r.quantity ?? "").trim() as unknown as number,
      unitPriceFils: price ?? undefined,
    };
  });
  const input = {
    customerName: first.customer_name ?? "",
    customerPhone: first.phone ?? "",
    emirate: (emirate ?? EMIRATES[0]) as CreateOrderInput["emirate"],
    city: first.city ?? "",
    area: first.area ?? "",
    street: first.street ?? "",
    building: first.building ?? "",
    landmark: first.landmark ?? "",
    lines,
    notes: first.notes ?? "",
    externalRef: first.external_ref?.trim() ?? "",
  } satisfies CreateOrderInput;
  const parsed = ZCreateOrderInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join(".");
      // An empty SKU reads as "required", not as an unknown product.
      const code = /^lines\.\d+\.productId$/.test(path) ? "required" : issue.message;
      errors.push(locateField(rows, path, /^[a-z_]+$/.test(code) ? code : issue.code));
    }
  }
  return { rows, input: errors.length ? null : input, errors: finishErrors(rows, errors) };
}

/** One reason per row and column; the other rows of a refused order say why they were held back. */
export function finishErrors(rows: readonly ImportRow[], errors: ImportRowError[]): ImportRowError[] {
  if (!errors.length) return [];
  const seen = new Set<string>();
  const out = errors.filter((e) => {
    const k = `${e.line}:${e.field ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const bad = new Set(out.map((e) => e.line));
  for (const r of rows) if (!bad.has(r.line)) out.push({ line: r.line, reason: "order_has_bad_row" });
  return out.sort((a, b) => a.line - b.line);
}

/** The downloadable template: headers in the chosen language and sample rows (two share an external_ref: one order). */
export function importTemplateRows(lang: "en" | "ar"): string[][] {
  const header = IMPORT_COLUMNS.map((c) => (lang === "ar" ? ARABIC_HEADERS[c] : c));
  const note =
    lang === "ar"
      ? "الصفوف التي تحمل نفس المرجع الخارجي تصبح طلبا واحدا"
      : "Rows with the same external_ref become one order";
  return [
    header,
    [
      lang === "ar" ? "أحمد علي" : "Ahmed Ali",
      "050 123 4567",
      lang === "ar" ? "دبي" : "Dubai",
      lang === "ar" ? "دبي" : "Dubai",
      "Al Barsha",
      "Street 12",
      "Villa 4",
      "Near the mall",
      "ATL-XXXX-00001",
      "1",
      "",
      note,
      "WEB-1001",
    ],
    [
      lang === "ar" ? "أحمد علي" : "Ahmed Ali",
      "050 123 4567",
      lang === "ar" ? "دبي" : "Dubai",
      lang === "ar" ? "دبي" : "Dubai",
      "Al Barsha",
      "Street 12",
      "Villa 4",
      "Near the mall",
      "ATL-XXXX-00002",
      "2",
      "89.00",
      "",
      "WEB-1001",
    ],
    [
      lang === "ar" ? "سارة محمد" : "Sara Mohammed",
      "+971 55 765 4321",
      lang === "ar" ? "الشارقة" : "Sharjah",
      lang === "ar" ? "الشارقة" : "Sharjah",
      "Al Majaz",
      "Corniche Road",
      "Tower B, 1203",
      "",
      "ATL-XXXX-00001",
      "1",
      "",
      "",
      "",
    ],
  ];
}
