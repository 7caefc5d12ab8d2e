import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { MAX_IMPORT_ROWS } from "./import-rows";
import { ZStartOrderImportInput, type StartOrderImportInput } from "./import-orders.schema";

/** Opens the ImportBatch that the chunks of one CSV file report into. */
export async function startOrderImport(actor: Actor, raw: StartOrderImportInput) {
  assertCan(actor, "orders.import");
  assertCan(actor, "orders.create");
  if (!actor.sellerId) throw new AppError("not_found");
  const input = ZStartOrderImportInput.parse(raw);
  if (input.totalRows > MAX_IMPORT_ROWS) throw new AppError("import_too_large", { max: MAX_IMPORT_ROWS });
  const sellerId = actor.sellerId;
  return db.$transaction(async (tx) => {
    const batch = await tx.importBatch.create({
      data: {
        sellerId,
        kind: "orders",
        fileName: input.fileName,
        totalRows: input.totalRows,
        createdById: actor.userId,
        errors: [],
      },
      select: { id: true },
    });
    return { batchId: batch.id };
  });
}
