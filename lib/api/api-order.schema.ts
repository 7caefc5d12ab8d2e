import { z } from "zod";
import { MAX_ORDER_LINES, MAX_UNIT_PRICE_FILS, ZCreateOrderInput } from "@/lib/orders/create-order.schema";

/**
 * POST /api/v1/orders body: the form's fields, with products named by SKU and optional prices
 * in integer fils. Unknown fields are refused (no mass assignment: the seller, status, code,
 * total… are never taken from the caller).
 */
export const ZApiOrderInput = ZCreateOrderInput.omit({ lines: true })
  .extend({
    lines: z
      .array(
        z
          .object({
            sku: z.string().trim().min(1, "required").max(40),
            quantity: z.number().int("quantity_invalid").min(1, "quantity_invalid").max(999, "quantity_invalid"),
            unitPriceFils: z.number().int().min(0).max(MAX_UNIT_PRICE_FILS).optional(),
          })
          .strict(),
      )
      .min(1, "lines_required")
      .max(MAX_ORDER_LINES, "too_many_lines")
      .refine((lines) => new Set(lines.map((l) => l.sku.toUpperCase())).size === lines.length, "duplicate_line"),
  })
  .strict();
export type ApiOrderInput = z.input<typeof ZApiOrderInput>;

export const ZIdempotencyKey = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\x21-\x7E]+$/);
