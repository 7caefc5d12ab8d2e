import { describe, expect, it } from "vitest";
import { MAX_REMITTANCE_LINES, normaliseOrderCode, parseRemittanceCsv } from "./remittance-csv";

describe("parseRemittanceCsv", () => {
  it("reads a comma file with a header row, keeping the file's line numbers", () => {
    expect(parseRemittanceCsv("order_code,amount\n#261130001,249.50\n\n261130002,10\n")).toEqual({
      ok: true,
      delimiter: ",",
      lines: [
        { lineNo: 2, orderCode: "#261130001", amountFils: 24_950 },
        { lineNo: 4, orderCode: "#261130002", amountFils: 1_000 },
      ],
    });
  });

  it("reads a semicolon file without a header, with decimal commas", () => {
    expect(parseRemittanceCsv("#261130001;249,50\r\n#261130002;0.05")).toEqual({
      ok: true,
      delimiter: ";",
      lines: [
        { lineNo: 1, orderCode: "#261130001", amountFils: 24_950 },
        { lineNo: 2, orderCode: "#261130002", amountFils: 5 },
      ],
    });
  });

  it("takes the separator from the first line, so decimal commas on some lines do not confuse it", () => {
    expect(parseRemittanceCsv("order_code;amount\n#1;250.00\n#2;100,50\n#3;7")).toMatchObject({
      ok: true,
      delimiter: ";",
      lines: [{ amountFils: 25_000 }, { amountFils: 10_050 }, { amountFils: 700 }],
    });
  });

  it("finds the columns by header in any order, in English or Arabic, with a BOM", () => {
    const r = parseRemittanceCsv("\ufeffref;المبلغ;رمز الطلب\nx;15.00;#261130009");
    expect(r).toEqual({ ok: true, delimiter: ";", lines: [{ lineNo: 2, orderCode: "#261130009", amountFils: 1_500 }] });
  });

  it("refuses bad files with the first problem and its line", () => {
    expect(parseRemittanceCsv("")).toEqual({ ok: false, error: "csv_empty" });
    expect(parseRemittanceCsv("order_code,amount\n")).toEqual({ ok: false, error: "csv_empty" });
    expect(parseRemittanceCsv("order_code,total\n#1,2")).toEqual({ ok: false, error: "csv_columns", line: 1 });
    expect(parseRemittanceCsv("#261130001\n")).toEqual({ ok: false, error: "csv_columns", line: 1 });
    expect(parseRemittanceCsv("order_code,amount\n#1,12.5\n#2,12.505")).toEqual({
      ok: false,
      error: "csv_amount",
      line: 3,
    });
    expect(parseRemittanceCsv("order_code,amount\n#1,-3")).toEqual({ ok: false, error: "csv_amount", line: 2 });
    expect(parseRemittanceCsv("order_code,amount\n,3")).toEqual({ ok: false, error: "csv_order_code", line: 2 });
  });

  it(`refuses more than ${MAX_REMITTANCE_LINES} lines`, () => {
    const body = Array.from({ length: MAX_REMITTANCE_LINES + 1 }, (_, i) => `#${i},1.00`).join("\n");
    expect(parseRemittanceCsv(body)).toEqual({ ok: false, error: "csv_too_many" });
    const ok = Array.from({ length: MAX_REMITTANCE_LINES }, (_, i) => `#${i},1.00`).join("\n");
    expect(parseRemittanceCsv(ok)).toMatchObject({ ok: true });
  });
});

describe("normaliseOrderCode", () => {
  it("adds the hash and refuses blanks and spaces", () => {
    expect(normaliseOrderCode(" 261130001 ")).toBe("#261130001");
    expect(normaliseOrderCode("#261130001")).toBe("#261130001");
    expect(normaliseOrderCode("  ")).toBeNull();
    expect(normaliseOrderCode("26 1130")).toBeNull();
  });
});
