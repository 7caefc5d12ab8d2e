// Filters of the order list, its CSV export and the API's list: one schema, so the export
// exports exactly what the list shows. Bad values are dropped (`.catch`), not errors: they
// come from a URL a person may have edited.
import { z } from "zod";
import { EMIRATES } from "@/lib/geo/emirates";
import { ZPage } from "@/lib/pagination";
import { SELLER_STATUSES } from "./workflow";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
  .optional()
  .catch(undefined);

export const ZOrderFilters = z.object({
  status: z.enum(SELLER_STATUSES).optional().catch(undefined),
  /** UAE calendar days, inclusive. */
  from: day,
  to: day,
  emirate: z.enum(EMIRATES).optional().catch(undefined),
  /** An order code, a customer phone (exact, through the blind index) or part of a name. */
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type OrderFilters = z.output<typeof ZOrderFilters>;

export const ZListOrdersInput = ZOrderFilters.extend({ page: ZPage });
export type ListOrdersInput = z.input<typeof ZListOrdersInput>;

/** The most orders one CSV export may hold (more = export_too_large). */
export const MAX_EXPORT_ROWS = 5000;

export const FILTER_KEYS = ["status", "from", "to", "emirate", "q"] as const;
