// Dispatch: who gets ready orders (a courier or a company), and the dispatch list's filters.
import { z } from "zod";
import { EMIRATES } from "@/lib/geo/emirates";
import { ZPage } from "@/lib/pagination";

/** At most this many orders per dispatch action (one transaction each). */
export const MAX_DISPATCH = 200;

const id = z.string().trim().min(1).max(64);

/** "courier:<id>" or "company:<id>" from the target picker. */
export const ZTarget = z
  .string()
  .trim()
  .regex(/^(courier|company):[A-Za-z0-9_-]{1,64}$/, "target_required")
  .transform((v) => {
    const [kind, targetId] = v.split(":") as ["courier" | "company", string];
    return { kind, id: targetId };
  });
export type DispatchTarget = z.output<typeof ZTarget>;

export const ZDispatchOrdersInput = z.object({
  orderIds: z.array(id).min(1, "select_orders").max(MAX_DISPATCH),
  target: ZTarget,
});
export type DispatchOrdersInput = z.input<typeof ZDispatchOrdersInput>;

export const ZDispatchAreaInput = z.object({
  emirate: z.enum(EMIRATES, "emirate_invalid"),
  area: z
    .string()
    .trim()
    .max(80, "too_long")
    .optional()
    .transform((v) => v || undefined),
  warehouseId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
  target: ZTarget,
});
export type DispatchAreaInput = z.input<typeof ZDispatchAreaInput>;

export const ZReassignInput = z.object({ orderId: id, version: z.number().int().min(0), target: ZTarget });
export type ReassignInput = z.input<typeof ZReassignInput>;

/** Dispatch list filters from the URL: bad values are dropped, not errors. */
export const ZReadyFilters = z.object({
  emirate: z.enum(EMIRATES).optional().catch(undefined),
  area: z.string().trim().max(80).optional().catch(undefined),
  warehouseId: z.string().trim().min(1).max(64).optional().catch(undefined),
  page: ZPage,
});
export type ReadyFilters = z.input<typeof ZReadyFilters>;
export const READY_FILTER_KEYS = ["emirate", "area", "warehouseId"] as const;
