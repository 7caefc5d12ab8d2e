// Inputs of the invoices desk: list filters from the URL and voiding an issued invoice.
// No server imports: the client forms validate with them too.
import { z } from "zod";
import { ZPage } from "@/lib/pagination";
import type { StatusMeta } from "@/lib/ui/tone";

export const INVOICE_STATUSES = ["draft", "issued", "paid", "void"] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** Tone of each invoice status (`<StatusBadge family="invoice">`). */
export const INVOICE_STATUS_META: Record<InvoiceStatus, StatusMeta> = {
  draft: { tone: "neutral" },
  issued: { tone: "info" },
  paid: { tone: "success" },
  void: { tone: "neutral" },
};

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/);

export const ZInvoiceFilters = z.object({
  sellerId: z.string().trim().min(1).max(64).optional().catch(undefined),
  status: z.enum(INVOICE_STATUSES).optional().catch(undefined),
  /** Invoices whose period starts on or after / on or before these days. */
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  page: ZPage,
});
export type InvoiceFilters = z.input<typeof ZInvoiceFilters>;
export const INVOICE_FILTER_KEYS = ["sellerId", "status", "from", "to"] as const;

export const ZVoidInvoiceInput = z.object({
  invoiceId: z.string().trim().min(1).max(64),
  version: z.coerce.number().int().min(0),
  reason: z.string().trim().min(3, "too_short").max(500, "too_long"),
});
export type VoidInvoiceInput = z.input<typeof ZVoidInvoiceInput>;
