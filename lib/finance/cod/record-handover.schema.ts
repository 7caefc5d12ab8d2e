import { z } from "zod";
import { zAedFils } from "@/lib/money/aed-field";

/** Collections settled by one handover, at most (the form lists a courier's oldest ones). */
export const MAX_HANDOVER_COLLECTIONS = 500;
/** AED 10,000,000: a courier's cash above this is a typo. */
export const MAX_HANDOVER_FILS = 1_000_000_000;

/** Finance counts the cash a courier hands over for the collections ticked. */
export const ZRecordHandoverInput = z.object({
  courierId: z.string().trim().min(1).max(64),
  collectionIds: z
    .array(z.string().trim().min(1).max(64))
    .min(1, "select_collections")
    .max(MAX_HANDOVER_COLLECTIONS)
    .refine((ids) => new Set(ids).size === ids.length, "invalid"),
  receivedAed: zAedFils(MAX_HANDOVER_FILS),
  note: z.string().trim().max(1000).optional().or(z.literal("")),
});
export type RecordHandoverInput = z.input<typeof ZRecordHandoverInput>;
