// Filters and page of the admin product queue, read from the URL (bad values fall back).
// Client-safe.
import { z } from "zod";
import { ZPage } from "@/lib/pagination";

export const QUEUE_KINDS = ["approval", "deletion"] as const;

export const ZListProductQueueInput = z.object({
  kind: z.enum(QUEUE_KINDS).catch("approval").default("approval"),
  sellerId: z.string().trim().min(1).max(64).optional().catch(undefined),
  page: ZPage,
});
export type ListProductQueueInput = z.input<typeof ZListProductQueueInput>;
