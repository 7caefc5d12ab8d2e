"use server";
import { defineAction } from "@/lib/actions/action";
import { createOrder } from "@/lib/orders/create-order";
import { orderInputFromForm, ZCreateOrderForm } from "@/lib/orders/create-order-form.schema";
import { finishOrderImport } from "@/lib/orders/finish-order-import";
import { importOrderChunk } from "@/lib/orders/import-order-chunk";
import {
  ZFinishOrderImportInput,
  ZImportOrderChunkInput,
  ZStartOrderImportInput,
  ZValidateOrderImportInput,
} from "@/lib/orders/import-orders.schema";
import { startOrderImport } from "@/lib/orders/start-order-import";
import { validateOrderImport } from "@/lib/orders/validate-order-import";

export const createOrderAction = defineAction({
  name: "orders.create",
  permission: "orders.create",
  schema: ZCreateOrderForm,
  rateLimit: "orders.create",
  run: async (actor, input) => {
    const o = await createOrder(actor, orderInputFromForm(input), { source: "form" });
    return { id: o.id, code: o.code };
  },
});
export const validateOrderImportAction = defineAction({
  name: "orders.import.validate",
  permission: "orders.import",
  schema: ZValidateOrderImportInput,
  rateLimit: "orders.import",
  run: validateOrderImport,
});
export const startOrderImportAction = defineAction({
  name: "orders.import.start",
  permission: "orders.import",
  schema: ZStartOrderImportInput,
  rateLimit: "orders.import",
  run: startOrderImport,
});
export const importOrderChunkAction = defineAction({
  name: "orders.import.chunk",
  permission: "orders.import",
  schema: ZImportOrderChunkInput,
  rateLimit: "orders.import",
  run: importOrderChunk,
});
export const finishOrderImportAction = defineAction({
  name: "orders.import.finish",
  permission: "orders.import",
  schema: ZFinishOrderImportInput,
  run: finishOrderImport,
});
