import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError, isAppError } from "@/lib/errors";
import { createOrder } from "./create-order";
import { finishErrors, locateField, type ImportRowError } from "./import-rows";
import { ZImportOrderChunkInput, type ImportOrderChunkInput } from "./import-orders.schema";
import { prepareImport } from "./prepare-import";

/**
 * Imports one chunk (≤ 100 rows, whole orders only) into an open batch of the actor's seller.
 * Each order is created by createOrder in its own transaction together with the batch's
 * counter, so a refused row writes nothing and an order is never half-written; refused rows
 * and their reasons are appended to the batch.
 */
export async function importOrderChunk(actor: Actor, raw: ImportOrderChunkInput) {
  assertCan(actor, "orders.import");
  assertCan(actor, "orders.create");
  if (!actor.sellerId) throw new AppError("not_found");
  const input = ZImportOrderChunkInput.parse(raw);
  const batch = await db.importBatch.findFirst({
    where: { id: input.batchId, sellerId: actor.sellerId, kind: "orders", finishedAt: null },
    select: { id: true, totalRows: true, importedRows: true, failedRows: true },
  });
  if (!batch) throw new AppError("not_found");
  if (batch.importedRows + batch.failedRows + input.rows.length > batch.totalRows) {
    throw new AppError("import_too_large", { max: batch.totalRows });
  }

  const created: Array<{ code: string; lines: number[]; isLikelyDuplicate: boolean }> = [];
  const errors: ImportRowError[] = [];
  for (const order of await prepareImport(db, actor.sellerId, input.rows)) {
    if (!order.input) {
      errors.push(...order.errors);
      continue;
    }
    try {
      const result = await db.$transaction(async (tx) => {
        const o = await createOrder(actor, order.input!, { source: "csv", tx });
        await tx.importBatch.update({ where: { id: batch.id }, data: { importedRows: { increment: order.rows.length } } });
        return o;
      });
      created.push({ code: result.code, lines: order.rows.map((r) => r.line), isLikelyDuplicate: result.isLikelyDuplicate });
    } catch (e) {
      if (isAppError(e) && e.code === "validation") {
        errors.push(...finishErrors(order.rows, Object.entries(e.fields).map(([path, code]) => locateField(order.rows, path, code))));
      } else {
        console.error(`[orders.import] batch ${batch.id} lines ${order.rows.map((r) => r.line).join(",")}`, e);
        errors.push(...order.rows.map((r) => ({ line: r.line, reason: "unexpected" as const })));
      }
    }
  }
  if (errors.length) {
    const failedRows = new Set(errors.map((e) => e.line)).size;
    await db.$executeRaw`
      UPDATE "ImportBatch"
      SET "failedRows" = "failedRows" + ${failedRows}, errors = COALESCE(errors, '[]'::jsonb) || ${JSON.stringify(errors)}::jsonb
      WHERE id = ${batch.id}`;
  }
  return { created, errors };
}
