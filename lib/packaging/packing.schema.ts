// Inputs of the packaging use-cases, shared by the client forms and the server (no server
// imports here). Field messages are keys under validation.* (validation.packaging.*).
import { z } from "zod";
import { ZPage } from "@/lib/pagination";
import { PACKING_MATERIALS } from "./materials";

const id = z.string().trim().min(1).max(64);

/** An order and the version the packer's screen showed (scans and details do not bump it). */
export const ZOrderRef = z.object({ orderId: id, version: z.coerce.number().int().min(0) });
export type OrderRefInput = z.input<typeof ZOrderRef>;

/** What a keyboard-wedge scanner typed before Enter: a product barcode or SKU. */
export const ZScanInput = ZOrderRef.extend({
  code: z.string().trim().min(1, "packaging.scan_empty").max(64, "packaging.scan_empty"),
});
export type ScanInput = z.input<typeof ZScanInput>;

const optionalInt = (max: number, message: string) =>
  z
    .union([z.string(), z.number(), z.null()])
    .optional()
    .transform((v, ctx) => {
      const s = v === null || v === undefined ? "" : String(v).trim();
      if (s === "") return null;
      const n = /^\d{1,7}$/.test(s) ? Number(s) : NaN;
      if (!(n >= 1 && n <= max)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    });

export const MAX_PACKING_PHOTO_BYTES = 5 * 1024 * 1024;

export const ZPackingDetailsInput = ZOrderRef.extend({
  materials: z
    .array(
      z.object({
        material: z.enum(PACKING_MATERIALS, { message: "packaging.material_invalid" }),
        qty: z.coerce
          .number()
          .int("packaging.qty_invalid")
          .min(1, "packaging.qty_invalid")
          .max(100, "packaging.qty_invalid"),
      }),
    )
    .max(PACKING_MATERIALS.length)
    .refine((m) => new Set(m.map((x) => x.material)).size === m.length, "packaging.material_duplicate"),
  weightGrams: optionalInt(100_000, "packaging.weight_invalid"),
  lengthMm: optionalInt(3_000, "packaging.dimension_invalid"),
  widthMm: optionalInt(3_000, "packaging.dimension_invalid"),
  heightMm: optionalInt(3_000, "packaging.dimension_invalid"),
  /** Optional photo of the parcel; its bytes are checked again on the server (lib/files/sniff.ts). */
  photo: z.object({ name: z.string().trim().min(1).max(200), file: z.instanceof(Blob) }).optional(),
});
export type PackingDetailsInput = z.input<typeof ZPackingDetailsInput>;

export const ZQcInput = ZOrderRef.extend({
  passed: z.boolean(),
  notes: z.string().trim().max(1000).optional().or(z.literal("")),
}).refine((v) => v.passed || (v.notes ?? "").length >= 3, { path: ["notes"], message: "packaging.qc_notes_required" });
export type QcInput = z.input<typeof ZQcInput>;

/** Selected orders for a batch (pick list, labels, slips, bulk mark printed / ready). */
export const MAX_BATCH = 100;
export const ZOrderIds = z.object({
  orderIds: z
    .array(id)
    .min(1, "select_orders")
    .max(MAX_BATCH, "packaging.too_many")
    .transform((ids) => [...new Set(ids)]),
});
export type OrderIdsInput = z.input<typeof ZOrderIds>;

/** `?ids=a,b,c` of the printable pages → ids; bad input is simply no ids (→ 404). */
export function idsFromQuery(raw: string | string[] | undefined): string[] {
  const s = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  return s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean)
    .slice(0, MAX_BATCH + 1);
}

export const PACKING_TABS = ["to_pack", "in_progress", "to_print", "printed"] as const;
export type PackingTab = (typeof PACKING_TABS)[number];

export const ZPackingQueueFilters = z.object({
  tab: z.enum(PACKING_TABS).catch("to_pack").default("to_pack"),
  page: ZPage,
});
export type PackingQueueFilters = z.input<typeof ZPackingQueueFilters>;
