import { z } from "zod";
import { EMIRATES } from "@/lib/geo/emirates";
import { normalisePhone } from "./phone";

export const MAX_ORDER_LINES = 50;
export const MAX_LINE_QUANTITY = 999;
/** One order's COD amount is capped (AED 100,000) so a typo cannot create a 10-million order. */
export const MAX_UNIT_PRICE_FILS = 10_000_000;

const text = (max: number) => z.string().trim().max(max);

/**
 * One schema for every way an order comes in: the form, each CSV row, and the REST API.
 * The phone is normalised to E.164 here, so every caller stores the same form.
 */
export const ZCreateOrderInput = z.object({
  customerName: text(120).min(2, "required"),
  customerPhone: z
    .string()
    .trim()
    .max(30)
    .transform((v, ctx) => {
      const r = normalisePhone(v);
      if (!r.ok) {
        ctx.addIssue({ code: "custom", message: r.reason });
        return z.NEVER;
      }
      return r.e164;
    }),
  emirate: z.enum(EMIRATES, { message: "emirate_invalid" }),
  city: text(80).min(2, "required"),
  area: text(80).optional().or(z.literal("")),
  street: text(160).min(2, "required"),
  building: text(120).optional().or(z.literal("")),
  landmark: text(160).optional().or(z.literal("")),
  lines: z
    .array(
      z.object({
        productId: z.string().min(1).max(64),
        quantity: z.coerce
          .number()
          .int("quantity_invalid")
          .min(1, "quantity_invalid")
          .max(MAX_LINE_QUANTITY, "quantity_invalid"),
        /** Optional price agreed with the customer; the product's selling price otherwise. */
        unitPriceFils: z.coerce.number().int().min(0).max(MAX_UNIT_PRICE_FILS).optional(),
      }),
    )
    .min(1, "lines_required")
    .max(MAX_ORDER_LINES, "too_many_lines")
    .refine((lines) => new Set(lines.map((l) => l.productId)).size === lines.length, "duplicate_line"),
  notes: text(1000).optional().or(z.literal("")),
  externalRef: text(80).optional().or(z.literal("")),
});
export type CreateOrderInput = z.input<typeof ZCreateOrderInput>;
export type CreateOrderData = z.output<typeof ZCreateOrderInput>;
