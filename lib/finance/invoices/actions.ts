"use server";
import { defineAction } from "@/lib/actions/action";
import { ZVoidInvoiceInput } from "@/lib/finance/invoices/invoice.schema";
import { voidInvoice } from "@/lib/finance/invoices/void-invoice";

export const voidInvoiceAction = defineAction({
  name: "finance.invoice.void",
  permission: "finance.invoices.manage",
  schema: ZVoidInvoiceInput,
  rateLimit: "finance.mutation",
  run: voidInvoice,
});
