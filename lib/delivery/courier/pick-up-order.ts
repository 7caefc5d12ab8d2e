import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { AppError } from "@/lib/errors";
import { applyOrderChange, lockOrderVersion } from "@/lib/orders/transition";
import { courierOrderScope } from "./scope";
import { normalizeOrderCode, ZPickupInput, type PickupInput } from "./report-delivery.schema";

export type PickupResult = { orderId: string; code: string; alreadyPickedUp: boolean };

/**
 * The courier scans (or types) a parcel's order code when taking it from the warehouse:
 * marks `pickedUpAt` on their own order that is out for delivery. Another courier's order,
 * an order not in the run and an unknown code get the same answer: not_found. Scanning the
 * same parcel again changes nothing.
 */
export async function pickUpOrder(actor: Actor, raw: PickupInput): Promise<PickupResult> {
  assertCan(actor, "delivery.update_own");
  const input = parseOrThrow(ZPickupInput, raw);
  const code = normalizeOrderCode(input.code);
  const now = new Date();

  return db.$transaction(async (tx) => {
    const found = await tx.order.findFirst({
      where: { AND: [courierOrderScope(actor), { code, state: "delivery_in_progress" }] },
      select: { id: true, code: true, version: true, pickedUpAt: true, assignedCourierId: true },
    });
    if (!found) throw new AppError("not_found");
    if (found.pickedUpAt) return { orderId: found.id, code: found.code, alreadyPickedUp: true };
    const order = await lockOrderVersion(tx, found.id, found.version);
    await applyOrderChange(tx, {
      order,
      type: "courier_pickup",
      actor,
      now,
      // Still this courier's, still out for delivery, not picked up in between.
      where: { assignedCourierId: found.assignedCourierId, state: "delivery_in_progress", pickedUpAt: null },
      patch: { pickedUpAt: now },
    });
    return { orderId: found.id, code: found.code, alreadyPickedUp: false };
  });
}
