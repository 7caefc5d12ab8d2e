import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { nextDaySequence } from "@/lib/db/day-counter";
import { AppError } from "@/lib/errors";
import { blindIndex } from "@/lib/crypto/pii";
import { encryptOrderAddress, encryptOrderPhone, PHONE_INDEX, toOrderAddress } from "./order-pii";
import type { Settings } from "@/lib/settings/catalogue";
import type { CreateOrderData } from "./create-order.schema";
import { uaeDay } from "@/lib/time/uae-day";
import { formatOrderCode } from "./order-code";

// Writing a new order, without the "who may" part: createOrder (the use-case) checks the
// actor and parses the input, then calls insertOrder; the seed calls it directly for demo data.

export type OrderSource = "form" | "csv" | "api";
export type CreatedOrder = {
  id: string;
  code: string;
  totalFils: number;
  isLikelyDuplicate: boolean;
  duplicateOfId: string | null;
};

/** The next #YYMMDDNNN of the UAE day (lib/db/day-counter.ts: concurrent orders take turns). */
export async function allocateOrderCode(tx: Tx, now: Date): Promise<string> {
  const day = uaeDay(now);
  return formatOrderCode(day, await nextDaySequence(tx, "OrderCodeCounter", day));
}

/**
 * Inserts an order in `seller_submitted` for `sellerId`, from approved, active products of
 * that seller only, with its code, encrypted customer data, duplicate flag and first event.
 */
export async function insertOrder(
  tx: Tx,
  args: {
    sellerId: string;
    createdById: string;
    input: CreateOrderData;
    source: OrderSource;
    now: Date;
    settings: Settings;
  },
): Promise<CreatedOrder> {
  const { sellerId, input, now, settings } = args;
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
    else if (p.approval !== "approved" || !p.isActive || p.archivedAt)
      fields[`lines.${i}.productId`] = "product_not_orderable";
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
  await tx.order.create({
    data: {
      id,
      code,
      sellerId,
      customerName: input.customerName,
      customerPhoneEnc: encryptOrderPhone(input.customerPhone, id),
      customerPhoneHash: phoneHash,
      emirate: input.emirate,
      city: input.city,
      area: input.area || null,
      addressEnc: encryptOrderAddress(toOrderAddress(input), id),
      totalFils,
      notes: input.notes || null,
      externalRef: input.externalRef || null,
      source: args.source,
      isLikelyDuplicate: !!earlier,
      duplicateOfId: earlier?.id ?? null,
      createdById: args.createdById,
      createdAt: now,
      stateChangedAt: now,
      lines: { create: lines },
      events: {
        create: {
          toState: "seller_submitted",
          type: "transition",
          actorId: args.createdById,
          data: { transition: "submit", source: args.source, ...(earlier ? { duplicateOf: earlier.id } : {}) },
        },
      },
    },
  });
  return { id, code, totalFils, isLikelyDuplicate: !!earlier, duplicateOfId: earlier?.id ?? null };
}
