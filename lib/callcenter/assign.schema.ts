import { z } from "zod";

export const ZAssignOrdersInput = z.object({
  orderIds: z.array(z.string().min(1).max(64)).min(1, "select_orders").max(200),
  agentId: z.string().min(1, "required").max(64),
});
export type AssignOrdersInput = z.input<typeof ZAssignOrdersInput>;

export const ZAutoAssignInput = z.object({ max: z.coerce.number().int().min(1).max(500).default(100) });
export type AutoAssignInput = z.input<typeof ZAutoAssignInput>;

export const ZOrderIds = z.object({ orderIds: z.array(z.string().min(1).max(64)).min(1, "select_orders").max(200) });
