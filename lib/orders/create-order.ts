import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { blindIndex, encryptPii } from "@/lib/crypto/pii";
import { getSettings } from "@/lib/settings/get-settings";
import { ZCreateOrderInput, type CreateOrderInput } from "./create-order.schema";
import { uaeDay } from "@/lib/time/uae-day";
import { formatOrderCode } from "./order-code";
import { getTransition } from "./workflow";

export type OrderSource = "form" | "csv" | "api";
export type CreatedOrder = { id: string; code: string; totalFils: number; isLikelyDuplicate: boolean; duplicateOfId: string | null };

/** Where an encrypted value lives: a ciphertext copied to another row or column will not decrypt. */
export const phoneContext = (orderId: string) => `Order.customerPhone:${orderId}`;
export const addressContext = (orderId: string) => `Order.address:${orderId}`;
export const PHONE_INDEX = "order.customerPhone";

/**
 * Allocates the next code of the UAE day. The counter row is locked by the upsert until this
 * transaction ends, so concurrent orders take turns and get consecutive numbers; a rolled-
 * back order rolls its number back too (no gaps in normal operation).
 */
export async function allocateOrderCode(tx: Tx, now: Date): Promise<string> {
  const day = uaeDay(now);
  const rows = await tx.$queryRaw<Array<{ last: number }>>`
    INSERT INTO "OrderCodeCounter" (day, last) VALUES (${day}, 1)
    ON CONFLICT (day) DO UPDATE SET last = "OrderCodeCounter".last + 1
    RETURNING last`;
  return formatOrderCode(day, Number(rows[0].last));
}

/**
 * Creates an order in `seller_submitted` for the actor's own seller account (the seller is
 * never taken from the input), from approved, active products of that seller only. Used by
 * the form, each CSV row and the REST API; `tx` lets a caller add its own writes (e.g. the
 * API's idempotency record) to the same transaction.
 */
export async function createOrder(actor: Actor, raw: CreateOrderInput, opts: { source?: OrderSource; tx?: Tx; now?: Date } = {}): Promise<CreatedOrder> {
  assertCan(actor, getTransition("submit").permission);
  if (!actor.sellerId) throw new AppError("not_found");
  const parsed = ZCreateOrderInput.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const i of parsed.error.issues) fields[i.path.join(".") || "_form"] ??= i.message;
    throw new AppError("validation", {}, fields);
  }
  const input = parsed.data;
  const sellerId = actor.sellerId;
  const now = opts.now ?? new Date();
  const settings = await getSettings();

  const run = async (tx: Tx): Promise<CreatedOrder> => {
    const products = await tx.product.findMany({
      where: { id: { in: input.lines.map((l) => l.productId) }, sellerId },
      select: { id: true, sellingPriceFils: true, approval: true, isActive: true, archivedAt: true },
    });
    const byId = new Map(products.map((p) => [p.id, p]));
    const fields: Record<string, string> = {};
    input.lines.forEach((l, i) => {
      const p = byId.get(l.productId);
      // Another seller's product is indistinguishable from a missing one.
      if (!p) fields[`lines.${i}.productId`] = "product_not_found";
      else if (p.approval !== "approved" || !p.isActive || p.archivedAt) fields[`lines.${i}.productId`] = "product_not_orderable";
    });
    if (Object.keys(fields).length) throw new AppError("validation", {}, fields);

    const lines = input.lines.map((l) => {
      const unit = l.unitPriceFils ?? byId.get(l.productId)!.sellingPriceFils;
      return { productId: l.productId, quantity: l.quantity, unitPriceFils: unit, lineTotalFils: unit * l.quantity };
    });
    const totalFils = lines.reduce((sum, l) => sum + l.lineTotalFils, 0);
    const phoneHash = blindIndex(input.customerPhone, PHONE_INDEX);

    // Likely duplicate: the same customer phone ordered one of these products from this
    // seller within the window, and that order is still alive.
    const since = new Date(now.getTime() - settings["orders.duplicateWindowHours"] * 3_600_000);
    const earlier = await tx.order.findFirst({
      where: {
        sellerId,
        customerPhoneHash: phoneHash,
        createdAt: { gte: since },
        state: { notIn: ["cancelled", "returned"] },
        lines: { some: { productId: { in: lines.map((l) => l.productId) } } },
      },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });

    const id = randomUUID();
    const code = await allocateOrderCode(tx, now);
    const address = { street: input.street, building: input.building || null, landmark: input.landmark || null };
    await tx.order.create({
      data: {
        id,
        code,
        sellerId,
        customerName: input.customerName,
        customerPhoneEnc: encryptPii(input.customerPhone, phoneContext(id)),
        customerPhoneHash: phoneHash,
        emirate: input.emirate,
        city: input.city,
        area: input.area || null,
        addressEnc: encryptPii(JSON.stringify(address), addressContext(id)),
        totalFils,
        notes: input.notes || null,
        externalRef: input.externalRef || null,
        source: opts.source ?? "form",
        isLikelyDuplicate: !!earlier,
        duplicateOfId: earlier?.id ?? null,
        createdById: actor.userId,
        createdAt: now,
        stateChangedAt: now,
        lines: { create: lines },
        events: {
          create: {
            toState: "seller_submitted",
            type: "transition",
            actorId: actor.userId,
            data: { transition: "submit", source: opts.source ?? "form", ...(earlier ? { duplicateOf: earlier.id } : {}) },
          },
        },
      },
    });
    return { id, code, totalFils, isLikelyDuplicate: !!earlier, duplicateOfId: earlier?.id ?? null };
  };
  // Bursts (CSV chunks, API clients) queue on the per-day code counter: allow them to wait
  // for a connection and the counter lock longer than Prisma's 2 s / 5 s defaults.
  return opts.tx ? run(opts.tx) : db.$transaction(run, { maxWait: 10_000, timeout: 15_000 });
}
