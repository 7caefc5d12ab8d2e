import { z } from "zod";
import { zAedFils } from "@/lib/money/aed-field";
import { MAX_REMITTANCE_CSV_CHARS } from "./remittance-csv";

/** AED 100,000,000: a statement total above this is a typo. */
export const MAX_REMITTANCE_FILS = 10_000_000_000;

/** A partner company's statement: its CSV text, the money received, and the bank reference. */
export const ZRecordRemittanceInput = z.object({
  companyId: z.string().trim().min(1).max(64),
  csv: z.string().min(1, "file_empty").max(MAX_REMITTANCE_CSV_CHARS, "file_too_large"),
  fileName: z.string().trim().max(200).optional().or(z.literal("")),
  receivedAed: zAedFils(MAX_REMITTANCE_FILS),
  reference: z.string().trim().min(1, "required").max(100),
  note: z.string().trim().max(1000).optional().or(z.literal("")),
});
export type RecordRemittanceInput = z.input<typeof ZRecordRemittanceInput>;
