// A partner company's remittance statement (CSV): one line per order, columns order_code and
// amount (AED, at most two decimals), comma- or semicolon-separated, with or without a header
// row. Parsed whole or refused with the first problem: a statement is money, so a half-read
// file must never be recorded. Pure: the use-case does the matching.
import Papa from "papaparse";
import { parseAed } from "@/lib/money/parse-aed";

export const MAX_REMITTANCE_LINES = 5_000;
/** Characters of CSV text accepted (5,000 lines of code + amount fit with room to spare). */
export const MAX_REMITTANCE_CSV_CHARS = 600_000;
/** One statement line may not exceed AED 1,000,000 (a typo, not an order). */
const MAX_LINE_FILS = 100_000_000;

export type RemittanceCsvLine = { lineNo: number; orderCode: string; amountFils: number };
export type RemittanceCsvError = "csv_empty" | "csv_columns" | "csv_order_code" | "csv_amount" | "csv_too_many";
export type ParsedRemittanceCsv =
  | { ok: true; lines: RemittanceCsvLine[]; delimiter: "," | ";" }
  | { ok: false; error: RemittanceCsvError; line?: number };

const norm = (h: string) =>
  h
    .replace(/^\ufeff/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_\-()]+/g, " ")
    .trim();
const ORDER_HEADERS = new Set(
  ["order code", "order", "code", "order no", "order number", "رمز الطلب", "الطلب", "رقم الطلب"].map(norm),
);
const AMOUNT_HEADERS = new Set(["amount", "amount aed", "cod", "cod amount", "المبلغ", "المبلغ بالدرهم"].map(norm));

/** "261130001" or "#261130001" → "#261130001" (statements often drop the hash). */
export function normaliseOrderCode(cell: string): string | null {
  const v = cell.replace(/^\ufeff/, "").trim();
  if (!v || v.length > 40 || /\s/.test(v)) return null;
  return v.startsWith("#") ? v : `#${v}`;
}

function amountOf(cell: string, delimiter: string): number | null {
  let v = cell.trim().replace(/^aed\s*/i, "");
  // A semicolon file comes from a spreadsheet whose decimal separator may be the comma.
  if (delimiter === ";" && /^\d+,\d{1,2}$/.test(v)) v = v.replace(",", ".");
  return parseAed(v, MAX_LINE_FILS);
}

/**
 * The separator is read from the first non-blank line (not guessed from the whole file: a
 * semicolon file with decimal commas would look comma-separated).
 */
function delimiterOf(text: string): "," | ";" {
  const first = text.split(/\r?\n/).find((l) => l.trim()) ?? "";
  return first.includes(";") ? ";" : ",";
}

export function parseRemittanceCsv(text: string): ParsedRemittanceCsv {
  const body = text.replace(/^\ufeff/, "");
  const delimiter = delimiterOf(body);
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter });
  const records = parsed.data
    .map((cells, i) => ({ lineNo: i + 1, cells: cells.map((c) => String(c ?? "")) }))
    .filter((r) => r.cells.some((c) => c.trim()));
  if (!records.length) return { ok: false, error: "csv_empty" };

  let codeCol = 0;
  let amountCol = 1;
  let data = records;
  const first = records[0].cells.map(norm);
  const headerCode = first.findIndex((h) => ORDER_HEADERS.has(h));
  const headerAmount = first.findIndex((h) => AMOUNT_HEADERS.has(h));
  if (headerCode >= 0 || headerAmount >= 0) {
    if (headerCode < 0 || headerAmount < 0) return { ok: false, error: "csv_columns", line: records[0].lineNo };
    codeCol = headerCode;
    amountCol = headerAmount;
    data = records.slice(1);
  } else if (records[0].cells.length < 2) {
    return { ok: false, error: "csv_columns", line: records[0].lineNo };
  }
  if (!data.length) return { ok: false, error: "csv_empty" };
  if (data.length > MAX_REMITTANCE_LINES) return { ok: false, error: "csv_too_many" };

  const lines: RemittanceCsvLine[] = [];
  for (const r of data) {
    const orderCode = normaliseOrderCode(r.cells[codeCol] ?? "");
    if (!orderCode) return { ok: false, error: "csv_order_code", line: r.lineNo };
    const amountFils = amountOf(r.cells[amountCol] ?? "", delimiter);
    if (amountFils === null) return { ok: false, error: "csv_amount", line: r.lineNo };
    lines.push({ lineNo: r.lineNo, orderCode, amountFils });
  }
  return { ok: true, lines, delimiter };
}
