// List filters of the COD pages, read from the URL. Bad values fall back (`.catch`): they
// come from a URL a person may have edited. Client-safe.
import { z } from "zod";
import { ZPage } from "@/lib/pagination";
import type { StatusMeta } from "@/lib/ui/tone";

export const OUTSTANDING_VIEWS = ["couriers", "companies"] as const;
export type OutstandingView = (typeof OUTSTANDING_VIEWS)[number];
export const ZOutstandingFilters = z.object({
  view: z.enum(OUTSTANDING_VIEWS).catch("couriers").default("couriers"),
  page: ZPage,
});
export type OutstandingFilters = z.input<typeof ZOutstandingFilters>;

/** Tone of each handover / remittance status (`<StatusBadge family="cod">`): both tables share the words. */
export const COD_STATUS_META: Record<
  "open" | "submitted" | "pending" | "received" | "reconciled" | "disputed",
  StatusMeta
> = {
  open: { tone: "neutral" },
  submitted: { tone: "neutral" },
  pending: { tone: "neutral" },
  received: { tone: "neutral" },
  reconciled: { tone: "success" },
  disputed: { tone: "danger" },
};

/** Tone of each remittance line match (`<StatusBadge family="remittanceMatch">`). */
export const REMITTANCE_MATCH_META: Record<"matched" | "mismatched" | "unmatched" | "duplicate", StatusMeta> = {
  matched: { tone: "success" },
  mismatched: { tone: "warning" },
  unmatched: { tone: "danger" },
  duplicate: { tone: "accent" },
};

const id = z.string().trim().min(1).max(64).optional().catch(undefined);

export const HANDOVER_STATUSES = ["reconciled", "disputed"] as const;
export const ZHandoverFilters = z.object({
  status: z.enum(HANDOVER_STATUSES).optional().catch(undefined),
  courierId: id,
  page: ZPage,
});
export type HandoverFilters = z.input<typeof ZHandoverFilters>;

export const REMITTANCE_STATUSES = ["reconciled", "disputed"] as const;
export const ZRemittanceFilters = z.object({
  status: z.enum(REMITTANCE_STATUSES).optional().catch(undefined),
  companyId: id,
  page: ZPage,
});
export type RemittanceFilters = z.input<typeof ZRemittanceFilters>;

/** "problems" = every line that is not matched (the ones finance must look at). */
export const LINE_VIEWS = ["problems", "all", "matched", "mismatched", "unmatched", "duplicate"] as const;
export type LineView = (typeof LINE_VIEWS)[number];
export const ZRemittanceLineFilters = z.object({
  match: z.enum(LINE_VIEWS).catch("problems").default("problems"),
  page: ZPage,
});
export type RemittanceLineFilters = z.input<typeof ZRemittanceLineFilters>;
