// Writing CSV for people who open it in a spreadsheet: RFC 4180 quoting, a UTF-8 BOM so Excel
// reads Arabic correctly, CRLF line ends, and cells that a spreadsheet would run as a formula
// (=, +, -, @, tab, CR at the start) neutralised with a leading apostrophe (OWASP "CSV
// injection"). Plain numbers such as "+971 50 123 4567" or "-5" are left alone: they are data.

const FORMULA_START = /^[=+\-@\t\r]/;
// Digits with +, -, spaces, dots or parentheses cannot call a function: a phone or an amount.
const PLAIN_NUMBER = /^[+-]?[\d\s().-]*\d[\d\s().-]*$/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return cells.map(csvCell).join(",");
}

export const CSV_BOM = "\uFEFF";

export function csvDocument(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return CSV_BOM + rows.map(csvLine).join("\r\n") + "\r\n";
}
