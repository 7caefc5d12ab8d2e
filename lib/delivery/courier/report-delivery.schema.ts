import { z } from "zod";
import { parseAed } from "@/lib/money/parse-aed";

/** Why a delivery attempt failed (the courier picks one; "other" needs a few words). */
export const FAILED_REASONS = [
  "no_answer",
  "customer_unavailable",
  "wrong_address",
  "customer_postponed",
  "other",
] as const;
export type FailedReason = (typeof FAILED_REASONS)[number];

/** How the courier proves a delivery: the customer's SMS code, a photo, or a drawn signature. */
export const PROOF_KINDS = ["otp", "photo", "signature"] as const;
export type ProofKind = (typeof PROOF_KINDS)[number];

/** At most this far ahead may a failed delivery be rescheduled. */
export const RESCHEDULE_MAX_DAYS = 14;

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).optional().or(z.literal(""));

/** A proof image: the bytes and the name the browser gave (the server sniffs the content). */
export const ZProofUpload = z.object({ name: z.string().trim().min(1).max(200), file: z.instanceof(Blob) });

const base = {
  orderId: z.string().min(1).max(64),
  /** The version the stop screen showed: a second report (double tap, two tabs) is "order changed". */
  version: z.coerce.number().int().min(0),
};

const ZDelivered = z
  .object({
    ...base,
    outcome: z.literal("delivered"),
    /** AED typed by the courier ("150" or "149.50"); the server turns it into fils. */
    cod: text(20)
      .min(1, "required")
      .refine((v) => parseAed(v) !== null, "amount_invalid"),
    /** Required when the cash differs from the order's COD amount (checked on the server). */
    codNote: optionalText(500),
    proofKind: z.enum(PROOF_KINDS, { message: "required" }),
    otp: optionalText(12),
    photo: ZProofUpload.optional(),
    signature: ZProofUpload.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.proofKind === "otp" && !/^\d{6}$/.test(v.otp ?? ""))
      ctx.addIssue({ code: "custom", path: ["otp"], message: "otp_format" });
    if (v.proofKind === "photo" && !v.photo)
      ctx.addIssue({ code: "custom", path: ["photo"], message: "proof_required" });
    if (v.proofKind === "signature" && !v.signature)
      ctx.addIssue({ code: "custom", path: ["signature"], message: "proof_required" });
  });

const ZFailed = z
  .object({
    ...base,
    outcome: z.literal("failed"),
    reason: z.enum(FAILED_REASONS, { message: "required" }),
    reasonText: optionalText(500),
    /** UAE wall-clock "YYYY-MM-DDTHH:mm" (a datetime-local input). */
    rescheduleAt: text(20).min(1, "required"),
  })
  .refine((v) => v.reason !== "other" || (v.reasonText ?? "").length >= 3, {
    path: ["reasonText"],
    message: "reason_required",
  });

const ZRefused = z.object({
  ...base,
  outcome: z.literal("refused"),
  reasonText: text(500).min(3, "reason_required"),
});

/** One courier report per stop: delivered (cash + proof), failed attempt (reason + reschedule) or refused. */
export const ZReportDeliveryInput = z.discriminatedUnion("outcome", [ZDelivered, ZFailed, ZRefused]);
export type ReportDeliveryInput = z.input<typeof ZReportDeliveryInput>;
export type ReportDeliveryData = z.output<typeof ZReportDeliveryInput>;

/** A pick-up scan: the order code from the label (keyboard-wedge scanner or typed). */
export const ZPickupInput = z.object({ code: text(32).min(1, "required") });
export type PickupInput = z.input<typeof ZPickupInput>;

/** "#261130001", "261130001" or " #261130001 " → "#261130001" (codes are stored with the '#'). */
export function normalizeOrderCode(raw: string): string {
  const s = raw.trim().toUpperCase();
  return s.startsWith("#") ? s : `#${s}`;
}
