import { z } from "zod";

export const ZApproveSellerInput = z.object({ sellerId: z.string().min(1).max(64) });
export type ApproveSellerInput = z.input<typeof ZApproveSellerInput>;

export const ZRejectSellerInput = z.object({
  sellerId: z.string().min(1).max(64),
  // The seller reads this at sign-in and in the email: a real sentence, not a single word.
  reason: z.string().trim().min(5, "reason_required").max(500, "too_long"),
});
export type RejectSellerInput = z.input<typeof ZRejectSellerInput>;
