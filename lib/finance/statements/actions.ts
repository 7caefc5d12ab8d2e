"use server";
import { defineAction } from "@/lib/actions/action";
import { addCreditEntry } from "@/lib/finance/credit/add-credit-entry";
import { ZCreditEntryInput } from "@/lib/finance/credit/credit.schema";
import { generateInvoice } from "@/lib/finance/invoices/generate-invoice";
import { ZGenerateInvoiceInput } from "@/lib/finance/statements/statement.schema";

export const generateInvoiceAction = defineAction({
  name: "finance.invoice.generate",
  permission: "finance.invoices.manage",
  schema: ZGenerateInvoiceInput,
  rateLimit: "finance.mutation",
  run: generateInvoice,
});
export const addCreditEntryAction = defineAction({
  name: "finance.credit.entry",
  permission: "finance.invoices.manage",
  schema: ZCreditEntryInput,
  rateLimit: "finance.mutation",
  run: addCreditEntry,
});
