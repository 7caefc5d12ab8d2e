import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { orderContact } from "./order-pii";
import { orderScope } from "./scope";
import { sellerStatusOf, type OrderState } from "./workflow";

const ZGetOrderInput = z.object({ id: z.string().min(1).max(64) });

/**
 * One order for its detail page, with the customer's phone and address decrypted (only here
 * and in the export). Sellers get the seller status and the events marked visible to them,
 * without notes or event data (call-center notes, raw courier input); staff with
 * orders.view_all get the full history. Outside the actor's scope: not_found.
 */
export async function getOrder(actor: Actor, raw: { id: string }) {
  if (!can(actor, "orders.view_own") && !can(actor, "orders.view_all")) throw new AppError("not_found");
  const parsed = ZGetOrderInput.safeParse(raw);
  if (!parsed.success) throw new AppError("not_found");
  const staff = can(actor, "orders.view_all");

  return db.$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: { AND: [orderScope(actor), { id: parsed.data.id }] },
      include: {
        lines: { include: { product: { select: { sku: true, nameEn: true, nameAr: true } } }, orderBy: { id: "asc" } },
        events: {
          where: staff ? {} : { visibleToSeller: true, type: "transition" },
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            type: true,
            fromState: true,
            toState: true,
            note: true,
            createdAt: true,
            actor: { select: { name: true } },
          },
        },
        seller: { select: { storeName: true, code: true } },
      },
    });
    if (!order) throw new AppError("not_found");
    // The earlier order is linked only if this actor may open it too.
    const duplicateOf = order.duplicateOfId
      ? await tx.order.findFirst({
          where: { AND: [orderScope(actor), { id: order.duplicateOfId }] },
          select: { id: true, code: true },
        })
      : null;
    return {
      id: order.id,
      code: order.code,
      sellerStatus: sellerStatusOf(order.state as OrderState),
      state: staff ? (order.state as OrderState) : null,
      seller: staff ? order.seller : null,
      ...orderContact(order),
      emirate: order.emirate,
      totalFils: order.totalFils,
      currency: order.currency,
      notes: order.notes,
      externalRef: order.externalRef,
      source: order.source,
      isLikelyDuplicate: order.isLikelyDuplicate,
      duplicateOf,
      createdAt: order.createdAt,
      lines: order.lines.map((l) => ({
        id: l.id,
        sku: l.product.sku,
        nameEn: l.product.nameEn,
        nameAr: l.product.nameAr,
        quantity: l.quantity,
        unitPriceFils: l.unitPriceFils,
        lineTotalFils: l.lineTotalFils,
      })),
      events: order.events.map((e) => ({
        id: e.id,
        createdAt: e.createdAt,
        sellerStatus: sellerStatusOf(e.toState as OrderState),
        ...(staff
          ? {
              type: e.type,
              fromState: e.fromState as OrderState | null,
              toState: e.toState as OrderState,
              note: e.note,
              actorName: e.actor?.name ?? null,
            }
          : {}),
      })),
    };
  });
}
export type OrderDetail = Awaited<ReturnType<typeof getOrder>>;
