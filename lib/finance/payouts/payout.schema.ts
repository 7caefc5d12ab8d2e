// Inputs of the payouts desk: list filters from the URL and the payout's steps (create,
// approve, mark paid with proof, cancel). No server imports: the client forms validate with them.
import { z } from "zod";
import { ZPage } from "@/lib/pagination";
import type { StatusMeta } from "@/lib/ui/tone";

export const PAYOUT_STATUSES = ["requested", "approved", "paid", "cancelled"] as const;
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number];

/** Tone of each payout status (`<StatusBadge family="payout">`). */
export const PAYOUT_STATUS_META: Record<PayoutStatus, StatusMeta> = {
  requested: { tone: "warning" },
  approved: { tone: "info" },
  paid: { tone: "success" },
  cancelled: { tone: "neutral" },
};
export const PAYOUT_METHODS = ["bank_transfer", "cash", "cheque", "other"] as const;
export type PayoutMethod = (typeof PAYOUT_METHODS)[number];
export const MAX_PAYOUT_PROOF_BYTES = 5 * 1024 * 1024;

const id = z.string().trim().min(1).max(64);

export const ZPayoutFilters = z.object({
  sellerId: id.optional().catch(undefined),
  status: z.enum(PAYOUT_STATUSES).optional().catch(undefined),
  page: ZPage,
});
export type PayoutFilters = z.input<typeof ZPayoutFilters>;
export const PAYOUT_FILTER_KEYS = ["sellerId", "status"] as const;

export const ZCreatePayoutInput = z.object({
  invoiceId: id,
  note: z.string().trim().max(500, "too_long").optional().or(z.literal("")),
});
export type CreatePayoutInput = z.input<typeof ZCreatePayoutInput>;

/** A payout and the version the finance user's screen showed. */
export const ZPayoutRef = z.object({ payoutId: id, version: z.coerce.number().int().min(0) });
export type PayoutRefInput = z.input<typeof ZPayoutRef>;

/** The typed fields of "mark paid" (the form validates them before attaching the proof). */
export const ZPayPayoutFields = z.object({
  method: z.enum(PAYOUT_METHODS, { message: "required" }),
  reference: z.string().trim().min(1, "required").max(120, "too_long"),
});
export type PayPayoutFields = z.input<typeof ZPayPayoutFields>;

export const ZPayPayoutInput = ZPayoutRef.extend({
  ...ZPayPayoutFields.shape,
  /** Proof of payment (transfer slip, receipt): required; its bytes are checked on the server. */
  proof: z.object(
    { name: z.string().trim().min(1).max(200), file: z.instanceof(Blob) },
    { message: "payouts.proof_required" },
  ),
});
export type PayPayoutInput = z.input<typeof ZPayPayoutInput>;

export const ZCancelPayoutInput = ZPayoutRef.extend({
  reason: z.string().trim().min(3, "too_short").max(500, "too_long"),
});
export type CancelPayoutInput = z.input<typeof ZCancelPayoutInput>;
