// The delivery manager's decision on a courier report.
import { z } from "zod";
import { parseAed } from "@/lib/money/parse-aed";

export const OUTCOMES = ["delivered", "failed", "refused"] as const;
export type Outcome = (typeof OUTCOMES)[number];

const id = z.string().trim().min(1).max(64);
const version = z.number().int().min(0);

export const ZConfirmAttemptInput = z.object({ attemptId: id, version });
export type ConfirmAttemptInput = z.input<typeof ZConfirmAttemptInput>;

export const ZBulkConfirmInput = z.object({
  attempts: z
    .array(z.object({ attemptId: id, version }))
    .min(1, "select_attempts")
    .max(100),
});
export type BulkConfirmInput = z.input<typeof ZBulkConfirmInput>;

/** Correction: another outcome and/or cash amount (AED typed by the manager), with a note. */
export const ZCorrectAttemptInput = z
  .object({
    attemptId: id,
    version,
    outcome: z.enum(OUTCOMES),
    codAed: z.string().trim().max(20).optional(),
    note: z.string().trim().min(3, "note_required").max(500, "too_long"),
  })
  .transform((v, ctx) => {
    let codFils = 0;
    if (v.outcome === "delivered") {
      const fils = parseAed(v.codAed ?? "");
      if (fils === null) {
        ctx.addIssue({ code: "custom", path: ["codAed"], message: "amount_invalid" });
        return z.NEVER;
      }
      codFils = fils;
    }
    return { attemptId: v.attemptId, version: v.version, outcome: v.outcome, codFils, note: v.note };
  });
export type CorrectAttemptInput = z.input<typeof ZCorrectAttemptInput>;

export const ZCustomerReturnInput = z
  .object({
    orderId: id,
    version,
    reason: z.string().trim().min(5, "reason_required").max(500, "too_long"),
    refundAed: z.string().trim().max(20).optional(),
  })
  .transform((v, ctx) => {
    let refundFils = 0;
    if (v.refundAed) {
      const fils = parseAed(v.refundAed);
      if (fils === null) {
        ctx.addIssue({ code: "custom", path: ["refundAed"], message: "amount_invalid" });
        return z.NEVER;
      }
      refundFils = fils;
    }
    return { orderId: v.orderId, version: v.version, reason: v.reason, refundFils };
  });
export type CustomerReturnInput = z.input<typeof ZCustomerReturnInput>;
