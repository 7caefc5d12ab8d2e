import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { sellerStatusOf, type OrderState } from "@/lib/orders/workflow";

/** What the API shows of an order: the seller's view, without the encrypted customer PII. */
export const API_ORDER_SELECT = {
  code: true,
  state: true,
  customerName: true,
  emirate: true,
  city: true,
  area: true,
  totalFils: true,
  currency: true,
  notes: true,
  externalRef: true,
  source: true,
  isLikelyDuplicate: true,
  createdAt: true,
  lines: {
    select: { quantity: true, unitPriceFils: true, lineTotalFils: true, product: { select: { sku: true } } },
    orderBy: { id: "asc" },
  },
} as const satisfies Prisma.OrderSelect;

type Row = Prisma.OrderGetPayload<{ select: typeof API_ORDER_SELECT }>;

export type ApiOrder = ReturnType<typeof serializeApiOrder>;

export function serializeApiOrder(o: Row) {
  return {
    code: o.code,
    status: sellerStatusOf(o.state as OrderState),
    createdAt: o.createdAt.toISOString(),
    customerName: o.customerName,
    emirate: o.emirate,
    city: o.city,
    area: o.area,
    totalFils: o.totalFils,
    currency: o.currency,
    lines: o.lines.map((l) => ({
      sku: l.product.sku,
      quantity: l.quantity,
      unitPriceFils: l.unitPriceFils,
      lineTotalFils: l.lineTotalFils,
    })),
    notes: o.notes,
    externalRef: o.externalRef,
    source: o.source,
    isLikelyDuplicate: o.isLikelyDuplicate,
  };
}
