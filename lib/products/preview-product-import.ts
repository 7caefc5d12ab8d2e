import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { MAX_IMPORT_ROWS, ZImportProductsInput, type ImportProductsInput } from "./import-products.schema";
import { parseProductCsv, validateProductRow, type CsvColumn, type CsvRowError } from "./product-csv";

const PREVIEW_ROWS = 20;

/**
 * Parses and validates a product CSV without writing anything: the seller sees each bad row's
 * line and reason and the first good rows before importing.
 */
export async function previewProductImport(actor: Actor, raw: ImportProductsInput) {
  assertCan(actor, "products.manage_own");
  if (!actor.sellerId) throw new AppError("not_found");
  const input = ZImportProductsInput.parse(raw);
  const { rows, categories } = await readRows(input.csv);
  const errors: CsvRowError[] = [];
  const good = [];
  for (const row of rows) {
    const res = validateProductRow(row, categories);
    if (res.ok)
      good.push({
        line: res.line,
        nameEn: res.fields.nameEn,
        nameAr: res.fields.nameAr,
        sellingPriceFils: res.fields.sellingPrice,
        weightGrams: res.fields.weightGrams,
      });
    else errors.push(res.error);
  }
  return { totalRows: rows.length, validRows: good.length, errors, sample: good.slice(0, PREVIEW_ROWS) };
}

/** Shared by preview and import: parsed rows within the size limit, and the categories. */
export async function readRows(csv: string) {
  const parsed = parseProductCsv(csv);
  if (!parsed.ok) {
    const missing: CsvColumn[] = parsed.missing ?? [];
    throw new AppError("validation", { missing: missing.join(", ") }, { csv: parsed.reason });
  }
  if (parsed.rows.length > MAX_IMPORT_ROWS) throw new AppError("import_too_large", { max: MAX_IMPORT_ROWS });
  const categories = await db.productCategory.findMany({
    where: { isActive: true },
    select: { id: true, key: true, nameEn: true, nameAr: true },
  });
  return { rows: parsed.rows, categories };
}
