// Filters of the warehouse's returns list, read from the URL. Bad values are dropped
// (`.catch`), not errors: they come from a URL a person may have edited.
import { z } from "zod";
import { ZPage } from "@/lib/pagination";
import type { StatusMeta } from "@/lib/ui/tone";

/** incoming = still on its way (requested / in transit); open = not closed yet. */
export const RETURN_VIEWS = ["incoming", "received", "inspected", "closed", "open", "all"] as const;
export type ReturnView = (typeof RETURN_VIEWS)[number];

/** `none` = returns no courier carries (customer drop-offs). */
export const NO_COURIER = "none";

export const ZReturnFilters = z.object({
  view: z.enum(RETURN_VIEWS).catch("incoming").default("incoming"),
  courierId: z.string().trim().min(1).max(64).optional().catch(undefined),
  q: z.string().trim().max(40).optional().catch(undefined),
  page: ZPage,
});
export type ReturnFilters = z.input<typeof ZReturnFilters>;
export const RETURN_FILTER_KEYS = ["view", "courierId", "q"] as const;

export const SELLER_RETURN_STATUSES = ["requested", "in_transit", "received", "inspected", "closed"] as const;

/** Tone of each return status (`<StatusBadge family="return">`). */
export const RETURN_STATUS_META: Record<(typeof SELLER_RETURN_STATUSES)[number], StatusMeta> = {
  requested: { tone: "neutral" },
  in_transit: { tone: "info" },
  received: { tone: "warning" },
  inspected: { tone: "accent" },
  closed: { tone: "success" },
};

export const ZSellerReturnFilters = z.object({
  status: z.enum(SELLER_RETURN_STATUSES).optional().catch(undefined),
  page: ZPage,
});
export type SellerReturnFilters = z.input<typeof ZSellerReturnFilters>;
