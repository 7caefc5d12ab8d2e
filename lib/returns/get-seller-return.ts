import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { sellerReturnScope } from "./scope";

const ZId = z.object({ id: z.string().min(1).max(64) });

/**
 * One of the seller's own returns: the order and its lines, the return's steps, the
 * inspection (result, notes, photos) and the refund. Nothing of the delivery side (courier,
 * attempts and their raw reports) and no warehouse bins. Another seller's return: not_found.
 */
export async function getSellerReturn(actor: Actor, raw: { id: string }) {
  assertCan(actor, "returns.view_own");
  const parsed = ZId.safeParse(raw);
  // An id from the URL that cannot be one is a return the actor cannot see.
  if (!parsed.success) throw new AppError("not_found");
  const { id } = parsed.data;
  const ret = await db.return.findFirst({
    where: { AND: [{ id }, sellerReturnScope(actor)] },
    select: {
      id: true,
      code: true,
      status: true,
      source: true,
      reason: true,
      createdAt: true,
      receivedAt: true,
      inspectionResult: true,
      inspectionNotes: true,
      inspectedAt: true,
      closedAt: true,
      refundFils: true,
      refundStatus: true,
      photos: { orderBy: { createdAt: "asc" }, select: { id: true, fileId: true } },
      order: {
        select: {
          id: true,
          code: true,
          totalFils: true,
          lines: {
            orderBy: { id: "asc" },
            select: { id: true, quantity: true, product: { select: { sku: true, nameEn: true, nameAr: true } } },
          },
        },
      },
    },
  });
  if (!ret) throw new AppError("not_found");
  const { order, reason, ...rest } = ret;
  return {
    ...rest,
    // A refused / failed delivery's reason comes from the courier's report: only the reason the
    // delivery manager recorded for a customer's own return is shown.
    reason: ret.source === "customer" ? reason : null,
    order: {
      id: order.id,
      code: order.code,
      totalFils: order.totalFils,
      lines: order.lines.map((l) => ({ id: l.id, quantity: l.quantity, ...l.product })),
    },
  };
}
export type SellerReturnDetail = Awaited<ReturnType<typeof getSellerReturn>>;
