import { z } from "zod";
import { PICKABLE_CANCEL_REASONS } from "./cancel-reasons";

const base = {
  orderId: z.string().min(1).max(64),
  version: z.coerce.number().int().min(0),
  note: z.string().trim().max(1000).optional().or(z.literal("")),
};

/** The manager's decision on an escalated (or final no-answer) order. */
export const ZResolveEscalationInput = z.discriminatedUnion("decision", [
  /** Back to the queue, to the same agent or another one; the no-answer count starts again. */
  z.object({ ...base, decision: z.literal("return"), agentId: z.string().max(64).optional().or(z.literal("")) }),
  z.object({ ...base, decision: z.literal("approve") }),
  z
    .object({
      ...base,
      decision: z.literal("cancel"),
      cancelReason: z.enum(PICKABLE_CANCEL_REASONS, { message: "required" }),
    })
    .refine((v) => v.cancelReason !== "other" || (v.note ?? "").length >= 3, {
      path: ["note"],
      message: "note_required",
    }),
]);
export type ResolveEscalationInput = z.input<typeof ZResolveEscalationInput>;
