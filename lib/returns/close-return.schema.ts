import { z } from "zod";

export const ZCloseReturnInput = z.object({
  returnId: z.string().min(1).max(64),
  version: z.coerce.number().int().min(0),
});
export type CloseReturnInput = z.input<typeof ZCloseReturnInput>;
