import { z } from "zod";

export const ZRequestProductDeletionInput = z.object({
  productId: z.string().min(1).max(64),
  reason: z.string().trim().min(5, "reason_required").max(500, "too_long"),
});
export type RequestProductDeletionInput = z.input<typeof ZRequestProductDeletionInput>;
