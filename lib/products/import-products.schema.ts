import { z } from "zod";

export const MAX_IMPORT_ROWS = 2_000;
/** 2,000 rows of product data fit in well under 1 MB; anything near this is not a product file. */
export const MAX_IMPORT_CHARS = 2_000_000;

export const ZImportProductsInput = z.object({
  fileName: z.string().trim().min(1).max(200),
  csv: z.string().min(1, "file_empty").max(MAX_IMPORT_CHARS, "file_too_large"),
});
export type ImportProductsInput = z.input<typeof ZImportProductsInput>;
