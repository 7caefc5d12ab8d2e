import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { ZValidateOrderImportInput, type ValidateOrderImportInput } from "./import-orders.schema";
import { prepareImport } from "./prepare-import";

/** The preview's check of up to one chunk of rows: writes nothing, returns each refused row's reason. */
export async function validateOrderImport(actor: Actor, raw: ValidateOrderImportInput) {
  assertCan(actor, "orders.import");
  assertCan(actor, "orders.create");
  if (!actor.sellerId) throw new AppError("not_found");
  const input = ZValidateOrderImportInput.parse(raw);
  const prepared = await prepareImport(db, actor.sellerId, input.rows);
  return {
    orders: prepared.filter((p) => p.input).length,
    errors: prepared.flatMap((p) => p.errors),
  };
}
