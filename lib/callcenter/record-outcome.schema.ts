import { z } from "zod";
import { MAX_LINE_QUANTITY } from "@/lib/orders/create-order.schema";
import { PICKABLE_CANCEL_REASONS } from "./cancel-reasons";

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).optional().or(z.literal(""));

const base = {
  orderId: z.string().min(1).max(64),
  /** The version the agent's screen showed: a change in between is "order changed". */
  version: z.coerce.number().int().min(0),
  note: optionalText(1000),
};

/** Corrections an agent may make while confirming: the address, and quantities of the seller's lines. */
export const ZConfirmCorrections = z.object({
  city: text(80).min(2, "required"),
  area: optionalText(80),
  street: text(160).min(2, "required"),
  building: optionalText(120),
  landmark: optionalText(160),
  lines: z
    .array(
      z.object({
        lineId: z.string().min(1).max(64),
        quantity: z.coerce
          .number()
          .int("quantity_invalid")
          .min(1, "quantity_invalid")
          .max(MAX_LINE_QUANTITY, "quantity_invalid"),
      }),
    )
    .max(50),
});

/** One schema per call outcome; the form sends `outcome` and the fields it needs. */
export const ZRecordOutcomeInput = z.discriminatedUnion("outcome", [
  z.object({ ...base, outcome: z.literal("confirmed"), corrections: ZConfirmCorrections.optional() }),
  z.object({ ...base, outcome: z.literal("no_answer") }),
  z.object({
    ...base,
    outcome: z.literal("postponed"),
    /** UAE wall-clock "YYYY-MM-DDTHH:mm" (a datetime-local input). */
    callbackAt: z.string().trim().min(1, "required").max(20),
  }),
  z
    .object({
      ...base,
      outcome: z.literal("cancelled"),
      cancelReason: z.enum(PICKABLE_CANCEL_REASONS, { message: "required" }),
    })
    .refine((v) => v.cancelReason !== "other" || (v.note ?? "").length >= 3, {
      path: ["note"],
      message: "note_required",
    }),
  z.object({ ...base, outcome: z.literal("escalated"), note: text(1000).min(3, "note_required") }),
]);
export type RecordOutcomeInput = z.input<typeof ZRecordOutcomeInput>;
export type RecordOutcomeData = z.output<typeof ZRecordOutcomeInput>;

export const ZOrderRef = z.object({ orderId: z.string().min(1).max(64), version: z.coerce.number().int().min(0) });
