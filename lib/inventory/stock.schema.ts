// Inputs of the inventory forms, shared by the client (zodResolver) and the use-cases (which
// parse again). Messages are translation keys under "validation".
import { z } from "zod";

export const MAX_MOVE_QUANTITY = 100_000;
export const BIN_KINDS = ["storage", "receiving", "packing", "damaged", "returns"] as const;
export const MOVEMENT_TYPES = [
  "receive",
  "reserve",
  "release",
  "pick",
  "return_to_stock",
  "damage",
  "adjustment",
  "transfer_out",
  "transfer_in",
  "count_correction",
] as const;

const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(64, message);
const positiveQty = z.coerce
  .number({ error: "inventory.quantity_positive" })
  .int("inventory.quantity_positive")
  .min(1, "inventory.quantity_positive")
  .max(MAX_MOVE_QUANTITY, "inventory.quantity_positive");
const note = z.string().trim().max(500, "too_long").optional().default("");

export const ZReceiveStockInput = z.object({
  productId: id("product_required"),
  binId: id("inventory.bin_required"),
  quantity: positiveQty,
  note,
});
export type ReceiveStockFormInput = z.input<typeof ZReceiveStockInput>;
export type ReceiveStockInput = z.output<typeof ZReceiveStockInput>;

export const ZTransferStockInput = z
  .object({
    productId: id("product_required"),
    fromBinId: id("inventory.bin_required"),
    toBinId: id("inventory.bin_required"),
    quantity: positiveQty,
    note,
  })
  .refine((v) => v.fromBinId !== v.toBinId, { path: ["toBinId"], message: "inventory.same_bin" });
export type TransferStockFormInput = z.input<typeof ZTransferStockInput>;
export type TransferStockInput = z.output<typeof ZTransferStockInput>;

export const ZAdjustStockInput = z.object({
  productId: id("product_required"),
  binId: id("inventory.bin_required"),
  quantity: z.coerce
    .number({ error: "inventory.quantity_nonzero" })
    .int("inventory.quantity_nonzero")
    .min(-MAX_MOVE_QUANTITY, "inventory.quantity_nonzero")
    .max(MAX_MOVE_QUANTITY, "inventory.quantity_nonzero")
    .refine((n) => n !== 0, "inventory.quantity_nonzero"),
  reason: z.string({ error: "reason_required" }).trim().min(5, "reason_required").max(500, "too_long"),
});
export type AdjustStockFormInput = z.input<typeof ZAdjustStockInput>;
export type AdjustStockInput = z.output<typeof ZAdjustStockInput>;

/** An empty field clears the level. */
const level = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : v),
  z.coerce
    .number({ error: "inventory.level_invalid" })
    .int("inventory.level_invalid")
    .min(0, "inventory.level_invalid")
    .max(1_000_000, "inventory.level_invalid")
    .nullable(),
);
export const ZStockLevelsInput = z
  .object({
    productId: id("product_required"),
    minStock: level,
    maxStock: level,
  })
  .refine((v) => v.minStock === null || v.maxStock === null || v.maxStock >= v.minStock, {
    path: ["maxStock"],
    message: "inventory.max_below_min",
  });
export type StockLevelsFormInput = z.input<typeof ZStockLevelsInput>;
export type StockLevelsInput = z.output<typeof ZStockLevelsInput>;

const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{0,29}$/, "inventory.code_format");

export const ZSaveBinInput = z.object({
  id: z.string().trim().max(64).optional().default(""),
  warehouseId: id("inventory.warehouse_required"),
  code,
  kind: z.enum(BIN_KINDS, { error: "inventory.kind_invalid" }),
  zoneId: z.string().trim().max(64).optional().default(""),
  pickOrder: z.coerce
    .number({ error: "inventory.pick_order_invalid" })
    .int("inventory.pick_order_invalid")
    .min(0, "inventory.pick_order_invalid")
    .max(100_000, "inventory.pick_order_invalid"),
  isActive: z.boolean().default(true),
});
export type SaveBinFormInput = z.input<typeof ZSaveBinInput>;
export type SaveBinInput = z.output<typeof ZSaveBinInput>;

export const ZSaveZoneInput = z.object({
  id: z.string().trim().max(64).optional().default(""),
  warehouseId: id("inventory.warehouse_required"),
  code,
  nameEn: z.string().trim().min(1, "required").max(80, "too_long"),
  nameAr: z.string().trim().max(80, "too_long").optional().default(""),
});
export type SaveZoneFormInput = z.input<typeof ZSaveZoneInput>;
export type SaveZoneInput = z.output<typeof ZSaveZoneInput>;

/** A SKU or a scanned barcode (keyboard-wedge scanners type it and press Enter). */
export const ZFindProductInput = z.object({ code: z.string().trim().min(1, "required").max(100, "too_long") });
