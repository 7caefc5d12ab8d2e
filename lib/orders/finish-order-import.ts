import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import type { ImportRowError } from "./import-rows";
import { ZFinishOrderImportInput, type FinishOrderImportInput } from "./import-orders.schema";

/** Closes the batch (no more chunks) and returns its final report. */
export async function finishOrderImport(actor: Actor, raw: FinishOrderImportInput) {
  assertCan(actor, "orders.import");
  if (!actor.sellerId) throw new AppError("not_found");
  const input = ZFinishOrderImportInput.parse(raw);
  const sellerId = actor.sellerId;
  return db.$transaction(async (tx) => {
    await tx.importBatch.updateMany({
      where: { id: input.batchId, sellerId, finishedAt: null },
      data: { finishedAt: new Date() },
    });
    const batch = await tx.importBatch.findFirst({
      where: { id: input.batchId, sellerId, kind: "orders" },
      select: {
        id: true,
        fileName: true,
        totalRows: true,
        importedRows: true,
        failedRows: true,
        errors: true,
        finishedAt: true,
      },
    });
    if (!batch) throw new AppError("not_found");
    const errors = ((batch.errors ?? []) as ImportRowError[]).slice().sort((a, b) => a.line - b.line);
    return { ...batch, errors };
  });
}
