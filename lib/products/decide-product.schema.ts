import { z } from "zod";

/** Approve a pending product, or reject it with a reason the seller will read. */
export const ZDecideProductInput = z.discriminatedUnion("decision", [
  z.object({ productId: z.string().min(1).max(64), decision: z.literal("approve") }),
  z.object({
    productId: z.string().min(1).max(64),
    decision: z.literal("reject"),
    reason: z.string().trim().min(5, "reason_required").max(500, "too_long"),
  }),
]);
export type DecideProductInput = z.input<typeof ZDecideProductInput>;

/** Approve (archive the product) or refuse a seller's deletion request. */
export const ZDecideProductDeletionInput = z.object({
  productId: z.string().min(1).max(64),
  decision: z.enum(["approve", "reject"]),
});
export type DecideProductDeletionInput = z.input<typeof ZDecideProductDeletionInput>;
