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
 * The per-order idempotency key of an import: API keys are visible ASCII only, so a key with
 * spaces can never collide with one a client chose.
 */
export const importOrderKey = (batchId: string, firstLine: number) => `csv import ${batchId} ${firstLine}`;

/**
 * Imports one chunk (≤ 100 rows, whole orders only) into an open batch of the actor's seller.
 * Each order is created by createOrder in its own transaction together with the batch's
 * counter and an idempotency key, so a refused row writes nothing, an order is never
 * half-written, and a chunk the browser sends again (after a network error) creates nothing
 * twice: orders already imported are reported with their codes, rows already refused are not
 * counted again.
 */
export async function importOrderChunk(actor: Actor, raw: ImportOrderChunkInput) {
  assertCan(actor, "orders.import");
  assertCan(actor, "orders.create");
  if (!actor.sellerId) throw new AppError("not_found");
  const input = ZImportOrderChunkInput.parse(raw);
  const sellerId = actor.sellerId;
  const batch = await db.importBatch.findFirst({
    where: { id: input.batchId, sellerId, kind: "orders", finishedAt: null },
    select: { id: true, totalRows: true, importedRows: true, failedRows: true, errors: true },
  });
  if (!batch) throw new AppError("not_found");

  const prepared = await prepareImport(db, sellerId, input.rows);
  // What an earlier call with the same rows already did.
  const keys = prepared.map((o) => importOrderKey(batch.id, o.rows[0].line));
  const earlier = await db.idempotencyKey.findMany({
    where: { sellerId, key: { in: keys } },
    select: { key: true, orderId: true },
  });
  const earlierOrders = await db.order.findMany({
    where: { id: { in: earlier.map((k) => k.orderId).filter((id): id is string => !!id) }, sellerId },
    select: { id: true, code: true, isLikelyDuplicate: true },
  });
  const doneByKey = new Map(earlier.map((k) => [k.key, earlierOrders.find((o) => o.id === k.orderId)]));
  const refusedLines = new Set(((batch.errors as ImportRowError[] | null) ?? []).map((e) => e.line));
  const isNew = (o: (typeof prepared)[number]) =>
    !doneByKey.has(importOrderKey(batch.id, o.rows[0].line)) && !o.rows.every((r) => refusedLines.has(r.line));
  const newRows = prepared.filter(isNew).reduce((n, o) => n + o.rows.length, 0);
  if (batch.importedRows + batch.failedRows + newRows > batch.totalRows) {
    throw new AppError("import_too_large", { max: batch.totalRows });
  }

  const created: Array<{ code: string; lines: number[]; isLikelyDuplicate: boolean }> = [];
  const errors: ImportRowError[] = [];
  const repeatedErrors: ImportRowError[] = [];
  for (const order of prepared) {
    const key = importOrderKey(batch.id, order.rows[0].line);
    const done = doneByKey.get(key);
    if (done) {
      created.push({
        code: done.code,
        lines: order.rows.map((r) => r.line),
        isLikelyDuplicate: done.isLikelyDuplicate,
      });
      continue;
    }
    const alreadyRefused = order.rows.every((r) => refusedLines.has(r.line));
    if (!order.input) {
      (alreadyRefused ? repeatedErrors : errors).push(...order.errors);
      continue;
    }
    try {
      const result = await db.$transaction(async (tx) => {
        const o = await createOrder(actor, order.input!, { source: "csv", tx });
        // Unique (sellerId, key): a concurrent duplicate of this call fails here and rolls back.
        await tx.idempotencyKey.create({
          data: { sellerId, key, requestHash: "csv", orderId: o.id, responseStatus: 201 },
        });
        await tx.importBatch.update({
          where: { id: batch.id },
          data: { importedRows: { increment: order.rows.length } },
        });
        return o;
      });
      created.push({
        code: result.code,
        lines: order.rows.map((r) => r.line),
        isLikelyDuplicate: result.isLikelyDuplicate,
      });
    } catch (e) {
      if ((e as { code?: string }).code === "P2002") {
        // The same chunk, sent twice at once: the other call created this order.
        const k = await db.idempotencyKey.findUnique({
          where: { sellerId_key: { sellerId, key } },
          select: { orderId: true },
        });
        const o = k?.orderId
          ? await db.order.findFirst({
              where: { id: k.orderId, sellerId },
              select: { code: true, isLikelyDuplicate: true },
            })
          : null;
        if (o) {
          created.push({ code: o.code, lines: order.rows.map((r) => r.line), isLikelyDuplicate: o.isLikelyDuplicate });
          continue;
        }
      }
      const target = alreadyRefused ? repeatedErrors : errors;
      if (isAppError(e) && e.code === "validation") {
        target.push(
          ...finishErrors(
            order.rows,
            Object.entries(e.fields).map(([path, code]) => locateField(order.rows, path, code)),
          ),
        );
      } else {
        console.error(`[orders.import] batch ${batch.id} lines ${order.rows.map((r) => r.line).join(",")}`, e);
        target.push(...order.rows.map((r) => ({ line: r.line, reason: "unexpected" as const })));
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
  return { created, errors: [...repeatedErrors, ...errors] };
}
