// The seller's order form: the same fields as ZCreateOrderInput, but prices are typed in AED
// ("249.00") and become integer fils here, so the form (zodResolver) and the server action
// parse them identically. The total is never sent: the server recomputes it from the lines.
import { z } from "zod";
import { parseAed } from "@/lib/money/parse-aed";
import { MAX_UNIT_PRICE_FILS, ZCreateOrderInput } from "./create-order.schema";

const ZFormLine = z.object({
  productId: z.string().min(1, "product_required").max(64),
  quantity: z.coerce.number().int("quantity_invalid").min(1, "quantity_invalid").max(999, "quantity_invalid"),
  unitPriceAed: z
    .string()
    .trim()
    .max(20)
    .transform((v, ctx) => {
      if (v === "") return undefined;
      const fils = parseAed(v, MAX_UNIT_PRICE_FILS);
      if (fils === null) {
        ctx.addIssue({ code: "custom", message: "amount_invalid" });
        return z.NEVER;
      }
      return fils;
    }),
});

export const ZCreateOrderForm = ZCreateOrderInput.omit({ lines: true }).extend({
  lines: z
    .array(ZFormLine)
    .min(1, "lines_required")
    .max(50, "too_many_lines")
    .refine((lines) => new Set(lines.map((l) => l.productId)).size === lines.length, "duplicate_line"),
});
export type CreateOrderFormInput = z.input<typeof ZCreateOrderForm>;
export type CreateOrderFormData = z.output<typeof ZCreateOrderForm>;

/** Form output → the use-case's input (prices in fils). */
export function orderInputFromForm(data: CreateOrderFormData) {
  const { lines, ...rest } = data;
  return {
    ...rest,
    lines: lines.map((l) => ({ productId: l.productId, quantity: l.quantity, unitPriceFils: l.unitPriceAed })),
  };
}
