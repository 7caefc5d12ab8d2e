import { describe, expect, it } from "vitest";
import { checkUpload, contentDisposition, sniff } from "./sniff";

const pdf = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj");
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const jpg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const html = new TextEncoder().encode("<html><script>alert(1)</script>");

describe("upload checks", () => {
  it("sniffs real types", () => {
    expect(sniff(pdf)?.mime).toBe("application/pdf");
    expect(sniff(png)?.mime).toBe("image/png");
    expect(sniff(jpg)?.mime).toBe("image/jpeg");
    expect(sniff(html)).toBeNull();
  });
  it("accepts a licence PDF and an ID photo", () => {
    expect(checkUpload("seller_document", "licence.pdf", pdf)).toMatchObject({ ok: true });
    expect(checkUpload("seller_document", "id.JPEG", jpg)).toMatchObject({ ok: true });
  });
  it("refuses a renamed HTML file, a mismatched extension, an empty or oversized file", () => {
    expect(checkUpload("seller_document", "licence.pdf", html)).toEqual({ ok: false, reason: "file_type" });
    expect(checkUpload("seller_document", "licence.png", pdf)).toEqual({ ok: false, reason: "file_extension" });
    expect(checkUpload("product_image", "doc.pdf", pdf)).toEqual({ ok: false, reason: "file_type" });
    expect(checkUpload("seller_document", "a.pdf", new Uint8Array())).toEqual({ ok: false, reason: "file_empty" });
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(pdf);
    expect(checkUpload("seller_document", "a.pdf", big)).toEqual({ ok: false, reason: "file_too_large" });
  });
  it("builds a Content-Disposition that a hostile name cannot break", () => {
    const h = contentDisposition('evil"; filename=x.html\r\n.pdf');
    expect(h.startsWith('attachment; filename="evil_')).toBe(true);
    expect(h).not.toMatch(/[\r\n]/);
    expect(contentDisposition("رخصة.pdf")).toContain("filename*=UTF-8''%D8%B1");
  });
});
