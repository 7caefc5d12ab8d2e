import { z } from "zod";
import { parseAed } from "@/lib/money/parse-aed";
import type { StatusMeta } from "@/lib/ui/tone";

export const INSPECTION_RESULTS = ["sellable", "damaged"] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

/** Tone of each inspection result (`<StatusBadge family="inspection">`). */
export const INSPECTION_RESULT_META: Record<InspectionResult, StatusMeta> = {
  sellable: { tone: "success" },
  damaged: { tone: "danger" },
};
/** Inspection only records a refund as due; approving and paying it is finance's work. */
export const INSPECTION_REFUND_STATUSES = ["none", "pending"] as const;
export const MAX_RETURN_PHOTOS = 6;

/** Bin kinds the goods may go to: sellable goods back to stock, damaged ones to a damaged bin. */
export const BIN_KINDS_FOR: Record<InspectionResult, readonly ("storage" | "returns" | "damaged")[]> = {
  // Sellable goes straight back to a storage bin, the only kind reservations draw from, so it is
  // available again the moment it is inspected (SPEC §10).
  sellable: ["storage"],
  damaged: ["damaged"],
};

/**
 * A typed AED amount ("12.5") → integer fils; a number is taken as fils already (this
 * schema's own output, so the use-case can parse again what the action parsed).
 */
const refundAmount = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const fils =
    typeof v === "number" ? (Number.isSafeInteger(v) && v >= 0 ? v : null) : v.trim() === "" ? 0 : parseAed(v);
  if (fils === null) {
    ctx.addIssue({ code: "custom", message: "amount_invalid" });
    return z.NEVER;
  }
  return fils;
});

export const ZReturnPhoto = z.object({
  name: z.string().trim().min(1).max(200),
  file: z.instanceof(Blob),
});

const inspectionFields = {
  result: z.enum(INSPECTION_RESULTS, { message: "required" }),
  notes: z.string().trim().max(2000, "too_long").default(""),
  locationId: z.string().trim().min(1, "bin_required").max(64),
  refund: refundAmount,
  refundStatus: z.enum(INSPECTION_REFUND_STATUSES).default("none"),
};

type InspectionRules = {
  result: InspectionResult;
  notes: string;
  refund: number;
  refundStatus: (typeof INSPECTION_REFUND_STATUSES)[number];
};

/** Damage needs a note; a pending refund needs an amount and an amount needs "pending". */
function inspectionRules<T extends z.ZodType<InspectionRules>>(schema: T) {
  return schema
    .refine((v) => v.result !== "damaged" || v.notes.length >= 3, { path: ["notes"], message: "damage_notes_required" })
    .refine((v) => v.refundStatus !== "pending" || v.refund > 0, {
      path: ["refund"],
      message: "refund_amount_required",
    })
    .refine((v) => v.refundStatus !== "none" || v.refund === 0, {
      path: ["refundStatus"],
      message: "refund_status_required",
    });
}

/** The fields of the inspection form, as typed (strings); the form validates with it. */
export const ZInspectionFields = inspectionRules(z.object(inspectionFields));
export type InspectionFieldsInput = z.input<typeof ZInspectionFields>;

export const ZInspectReturnInput = inspectionRules(
  z.object({
    ...inspectionFields,
    returnId: z.string().min(1).max(64),
    version: z.coerce.number().int().min(0),
    photos: z.array(ZReturnPhoto).max(MAX_RETURN_PHOTOS, "too_many_photos").default([]),
  }),
);
export type InspectReturnInput = z.input<typeof ZInspectReturnInput>;
