import { z } from "zod";

/** Closes a disputed handover: the difference stays on record, the note says why it is settled. */
export const ZResolveHandoverInput = z.object({
  handoverId: z.string().trim().min(1).max(64),
  version: z.coerce.number().int().min(0),
  note: z.string().trim().min(3, "note_required").max(1000),
});
export type ResolveHandoverInput = z.input<typeof ZResolveHandoverInput>;
