// Inputs of the refund desk (finance): list filters from the URL, and the three decisions on a
// refund — approve, mark paid, cancel. No server imports: the client forms validate with them.
import { z } from "zod";
import { ZPage } from "@/lib/pagination";
import type { StatusMeta } from "@/lib/ui/tone";

/** Statuses a Refund row can have (a Return with no refund due has refundStatus "none" and no row). */
export const REFUND_STATUSES = ["pending", "approved", "paid", "cancelled"] as const;
export type RefundRowStatus = (typeof REFUND_STATUSES)[number];

/** Tone of each refund status (`<StatusBadge family="refund">`). */
export const REFUND_STATUS_META: Record<RefundRowStatus, StatusMeta> = {
  pending: { tone: "warning" },
  approved: { tone: "info" },
  paid: { tone: "success" },
  cancelled: { tone: "neutral" },
};
/** Statuses a refund may still be cancelled from: once paid, the money has left. */
export const CANCELLABLE_REFUND_STATUSES = ["pending", "approved"] as const satisfies readonly RefundRowStatus[];
export const MAX_REFUND_PROOF_FILES = 1;

const id = z.string().trim().min(1).max(64).optional().catch(undefined);

export const ZRefundFilters = z.object({
  status: z.enum(REFUND_STATUSES).optional().catch(undefined),
  sellerId: id,
  page: ZPage,
});
export type RefundFilters = z.input<typeof ZRefundFilters>;
export const REFUND_FILTER_KEYS = ["status", "sellerId"] as const;

const refundRef = {
  refundId: z.string().trim().min(1).max(64),
  version: z.number().int().min(0),
};

export const ZApproveRefundInput = z.object(refundRef);
export type ApproveRefundInput = z.input<typeof ZApproveRefundInput>;

/** The fields a person types when marking a refund paid (the form validates with it). */
export const ZPayRefundFields = z.object({
  reference: z.string().trim().min(1, "required").max(120, "too_long"),
});
export type PayRefundFieldsInput = z.input<typeof ZPayRefundFields>;

export const ZRefundProof = z.object({
  name: z.string().trim().min(1).max(200),
  file: z.instanceof(Blob),
});

export const ZPayRefundInput = z.object({
  ...refundRef,
  ...ZPayRefundFields.shape,
  proof: z.array(ZRefundProof).max(MAX_REFUND_PROOF_FILES, "too_many").default([]),
});
export type PayRefundInput = z.input<typeof ZPayRefundInput>;

export const ZCancelRefundFields = z.object({
  reason: z.string().trim().min(3, "reason_required").max(500, "too_long"),
});
export type CancelRefundFieldsInput = z.input<typeof ZCancelRefundFields>;

export const ZCancelRefundInput = z.object({ ...refundRef, ...ZCancelRefundFields.shape });
export type CancelRefundInput = z.input<typeof ZCancelRefundInput>;
