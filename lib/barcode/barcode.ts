import "server-only";
// Barcodes for labels, rendered on the server as SVG (bwip-js): Code 128 for order codes,
// SKUs/product barcodes and bin codes, QR where a phone camera should read it. The SVG is
// vector, so it prints sharp at any size; pages inline it with dangerouslySetInnerHTML (the
// input is our own code text, and bwip-js emits only path elements).
import bwipjs from "bwip-js/node";

export type BarcodeKind = "code128" | "qrcode";

export function barcodeSvg(
  text: string,
  kind: BarcodeKind = "code128",
  opts: { heightMm?: number; showText?: boolean } = {},
): string {
  if (!text || text.length > 200) throw new Error("barcode text must be 1..200 characters");
  return bwipjs.toSVG({
    bcid: kind,
    text,
    ...(kind === "code128"
      ? { height: opts.heightMm ?? 12, includetext: opts.showText ?? true, textxalign: "center" as const }
      : { eclevel: "M" }),
    scale: 2,
    paddingwidth: 2,
    paddingheight: 2,
  });
}
