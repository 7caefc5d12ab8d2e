// What a file really is, from its first bytes (ASVS 5.2.2): the extension and the browser's
// Content-Type are claims, the magic bytes are evidence. Pure.

export type SniffedType = { mime: string; ext: string };

export function sniff(bytes: Uint8Array): SniffedType | null {
  const b = bytes;
  const starts = (...sig: number[]) => sig.every((v, i) => b[i] === v);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return { mime: "application/pdf", ext: "pdf" }; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { mime: "image/png", ext: "png" };
  if (starts(0xff, 0xd8, 0xff)) return { mime: "image/jpeg", ext: "jpg" };
  if (starts(0x52, 0x49, 0x46, 0x46) && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50) {
    return { mime: "image/webp", ext: "webp" };
  }
  return null;
}

export type UploadPolicy = { maxBytes: number; types: readonly string[] };

export const UPLOAD_POLICIES = {
  seller_document: { maxBytes: 5 * 1024 * 1024, types: ["application/pdf", "image/png", "image/jpeg", "image/webp"] },
  product_image: { maxBytes: 3 * 1024 * 1024, types: ["image/png", "image/jpeg", "image/webp"] },
  // Courier proof of delivery: a photo of the parcel at the door, or the drawn signature (PNG).
  delivery_proof: { maxBytes: 5 * 1024 * 1024, types: ["image/png", "image/jpeg", "image/webp"] },
  return_photo: { maxBytes: 5 * 1024 * 1024, types: ["image/png", "image/jpeg", "image/webp"] },
  packing_photo: { maxBytes: 5 * 1024 * 1024, types: ["image/png", "image/jpeg", "image/webp"] },
  // Finance: proof that a seller payout was paid (bank transfer slip, receipt).
  payout_proof: { maxBytes: 5 * 1024 * 1024, types: ["application/pdf", "image/png", "image/jpeg", "image/webp"] },
} as const satisfies Record<string, UploadPolicy>;
export type UploadPurpose = keyof typeof UPLOAD_POLICIES;

export type UploadCheck =
  | { ok: true; type: SniffedType }
  | { ok: false; reason: "file_empty" | "file_too_large" | "file_type" | "file_extension" };

/** Size, sniffed type against the purpose's allow-list, and a declared extension that agrees. */
export function checkUpload(purpose: UploadPurpose, name: string, bytes: Uint8Array): UploadCheck {
  const policy: UploadPolicy = UPLOAD_POLICIES[purpose];
  if (bytes.length === 0) return { ok: false, reason: "file_empty" };
  if (bytes.length > policy.maxBytes) return { ok: false, reason: "file_too_large" };
  const type = sniff(bytes);
  if (!type || !policy.types.includes(type.mime)) return { ok: false, reason: "file_type" };
  const ext = name.toLowerCase().split(".").pop() ?? "";
  const same = ext === type.ext || (type.ext === "jpg" && ext === "jpeg");
  if (!same) return { ok: false, reason: "file_extension" };
  return { ok: true, type };
}

/** RFC 6266 attachment header that cannot be broken by the stored name (ASVS 5.4.1). */
export function contentDisposition(name: string, inline = false): string {
  const ascii =
    name
      .replace(/[^\x20-\x7e]/g, "_")
      .replace(/["\\;]/g, "_")
      .slice(0, 150) || "file";
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name.slice(0, 150))}`;
}
