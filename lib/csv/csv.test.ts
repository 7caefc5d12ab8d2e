import { describe, expect, it } from "vitest";
import { csvCell, csvDocument } from "./csv";

describe("csvCell", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
  });
  it("neutralises formulas but keeps phone numbers and signed numbers", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvCell("+971501234567")).toBe("+971501234567");
    expect(csvCell("-5")).toBe("-5");
    expect(csvCell("+971 55 765 4321")).toBe("+971 55 765 4321");
    expect(csvCell("-2+3-cmd")).toBe("'-2+3-cmd");
  });
  it("starts documents with a BOM and ends lines with CRLF", () => {
    expect(
      csvDocument([
        ["a", "b"],
        ["1", "2"],
      ]),
    ).toBe("\uFEFFa,b\r\n1,2\r\n");
  });
});
