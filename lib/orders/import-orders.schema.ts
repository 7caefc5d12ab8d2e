import { z } from "zod";
import { IMPORT_CHUNK_ROWS, MAX_IMPORT_ROWS, ZImportRow } from "./import-rows";

const rows = z.array(ZImportRow).min(1).max(IMPORT_CHUNK_ROWS, "import_too_large");

export const ZValidateOrderImportInput = z.object({ rows }).strict();
export const ZStartOrderImportInput = z
  .object({
    fileName: z.string().trim().min(1).max(200),
    // Larger files are refused with import_too_large by the use-case (with the limit to show).
    totalRows: z.number().int().min(1).max(1_000_000),
  })
  .strict();
export const ZImportOrderChunkInput = z.object({ batchId: z.string().min(1).max(64), rows }).strict();
export const ZFinishOrderImportInput = z.object({ batchId: z.string().min(1).max(64) }).strict();

export type ValidateOrderImportInput = z.input<typeof ZValidateOrderImportInput>;
export type StartOrderImportInput = z.input<typeof ZStartOrderImportInput>;
export type ImportOrderChunkInput = z.input<typeof ZImportOrderChunkInput>;
export type FinishOrderImportInput = z.input<typeof ZFinishOrderImportInput>;
export { MAX_IMPORT_ROWS };
