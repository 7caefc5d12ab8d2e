import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import { createOrder } from "@/lib/orders/create-order";
import { ZApiOrderInput, ZIdempotencyKey } from "./api-order.schema";
import { requestHash } from "./request-hash";
import { API_ORDER_SELECT, serializeApiOrder, type ApiOrder } from "./serialize-order";

export type ApiOrderResult = { status: 200 | 201; body: ApiOrder; replayed: boolean };

/**
 * POST /api/v1/orders. The IdempotencyKey row (unique per seller + key) is inserted first, in
 * the same transaction as the order: a concurrent retry blocks on the unique index until this
 * transaction ends, then fails to insert and replays the stored response; a failed attempt
 * rolls its key back, so a corrected retry with the same key may run. Same key, different
 * body (canonical hash) → idempotency_conflict.
 */
export async function createApiOrder(
  actor: Actor,
  req: { idempotencyKey: string | null; body: unknown },
): Promise<ApiOrderResult> {
  assertCan(actor, "orders.create");
  if (!actor.sellerId) throw new AppError("not_found");
  const sellerId = actor.sellerId;
  const key = ZIdempotencyKey.safeParse(req.idempotencyKey ?? "");
  if (!key.success)
    throw new AppError("validation", {}, { "Idempotency-Key": req.idempotencyKey ? "invalid" : "required" });
  const parsed = ZApiOrderInput.safeParse(req.body);
  if (!parsed.success) throw new AppError("validation", {}, zodFieldErrors(parsed.error));
  const hash = requestHash(req.body);

  const replay = async (): Promise<ApiOrderResult | null> => {
    const prior = await db.idempotencyKey.findUnique({ where: { sellerId_key: { sellerId, key: key.data } } });
    if (!prior) return null;
    if (prior.requestHash !== hash) throw new AppError("idempotency_conflict");
    return { status: 200, body: prior.responseJson as ApiOrder, replayed: true };
  };

  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await db.$transaction(async (tx) => {
      const idem = await tx.idempotencyKey.create({
        data: { sellerId, key: key.data, requestHash: hash },
        select: { id: true },
      });
      const { lines, ...order } = parsed.data;
      const skus = lines.map((l) => l.sku.toUpperCase());
      const products = await tx.product.findMany({
        where: { sellerId, sku: { in: skus } },
        select: { id: true, sku: true },
      });
      const bySku = new Map(products.map((p) => [p.sku, p.id]));
      const fields: Record<string, string> = {};
      skus.forEach((s, i) => {
        if (!bySku.has(s)) fields[`lines.${i}.sku`] = "product_not_found";
      });
      if (Object.keys(fields).length) throw new AppError("validation", {}, fields);
      let created;
      try {
        created = await createOrder(
          actor,
          {
            ...order,
            lines: lines.map((l, i) => ({
              productId: bySku.get(skus[i])!,
              quantity: l.quantity,
              unitPriceFils: l.unitPriceFils,
            })),
          },
          { source: "api", tx },
        );
      } catch (e) {
        // createOrder names lines by productId; API callers named them by SKU.
        if (e instanceof AppError && e.code === "validation") {
          throw new AppError(
            "validation",
            {},
            Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k.replace(/\.productId$/, ".sku"), v])),
          );
        }
        throw e;
      }
      const row = await tx.order.findUniqueOrThrow({ where: { id: created.id }, select: API_ORDER_SELECT });
      const body = serializeApiOrder(row);
      await tx.idempotencyKey.update({
        where: { id: idem.id },
        data: { orderId: created.id, responseStatus: 201, responseJson: body },
      });
      return { status: 201 as const, body, replayed: false };
    });
  } catch (e) {
    // Lost the race for this key: the winner has committed by now.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const again = await replay();
      if (again) return again;
    }
    throw e;
  }
}
