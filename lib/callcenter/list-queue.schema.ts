// Filters of the manager's confirmation queue, read from the URL. Bad values are dropped
// (`.catch`), not errors: they come from a URL a person may have edited.
import { z } from "zod";
import { EMIRATES } from "@/lib/geo/emirates";
import { ZPage } from "@/lib/pagination";

export const QUEUE_VIEWS = ["all", "unassigned", "in_review", "postponed", "backordered"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];
/** "Older than" choices, in hours. */
export const AGE_CHOICES = [1, 4, 24, 48, 72] as const;

const id = z.string().trim().min(1).max(64).optional().catch(undefined);
const flag = z.enum(["1"]).optional().catch(undefined);

export const ZQueueFilters = z.object({
  view: z.enum(QUEUE_VIEWS).catch("all").default("all"),
  sellerId: id,
  agentId: id,
  emirate: z.enum(EMIRATES).optional().catch(undefined),
  minAgeHours: z.coerce
    .number()
    .pipe(z.union(AGE_CHOICES.map((n) => z.literal(n))))
    .optional()
    .catch(undefined),
  minAttempts: z.coerce.number().int().min(1).max(10).optional().catch(undefined),
  callbackDue: flag,
  duplicate: flag,
  q: z.string().trim().max(40).optional().catch(undefined),
  page: ZPage,
});
export type QueueFilters = z.input<typeof ZQueueFilters>;
export const QUEUE_FILTER_KEYS = [
  "view",
  "sellerId",
  "agentId",
  "emirate",
  "minAgeHours",
  "minAttempts",
  "callbackDue",
  "duplicate",
  "q",
] as const;
