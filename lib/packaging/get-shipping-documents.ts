import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { barcodeSvg } from "@/lib/barcode/barcode";
import { orderContact } from "@/lib/orders/order-pii";
import type { OrderState } from "@/lib/orders/workflow";
import { orderBins } from "./bins";
import { batchWhere, inBatchOrder } from "./load-batch";

export type DocumentKind = "label" | "slip";

/**
 * Data of shipping labels (labels.print) or packing slips (packaging.pack) for one order or a
 * batch, all in the actor's packing scope (one foreign id = not_found for all). Labels carry
 * the order code as a Code 128 barcode, the COD amount and the decrypted customer contact —
 * decrypted only here, after the scope check; slips list the lines with SKU and bin.
 */
export async function getShippingDocuments(actor: Actor, ids: readonly string[], kind: DocumentKind) {
  assertCan(actor, kind === "label" ? "labels.print" : "packaging.pack");
  const { orderIds, where } = batchWhere(actor, ids);
  const rows = await db.order.findMany({
    where,
    select: {
      id: true,
      code: true,
      state: true,
      version: true,
      totalFils: true,
      labelPrintedAt: true,
      notes: true,
      customerName: true,
      customerPhoneEnc: true,
      addressEnc: true,
      emirate: true,
      city: true,
      area: true,
      seller: { select: { storeName: true } },
      warehouse: { select: { code: true, nameEn: true, nameAr: true } },
      lines: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          productId: true,
          quantity: true,
          product: { select: { sku: true, nameEn: true, nameAr: true } },
        },
      },
      packingRecords: {
        orderBy: [{ startedAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { weightGrams: true, packer: { select: { name: true } } },
      },
    },
  });
  const orders = inBatchOrder(orderIds, rows);
  const bins = await orderBins(
    db,
    orders.map((o) => o.id),
  );
  return orders.map((o) => {
    const { customerPhoneEnc: _p, addressEnc: _a, packingRecords, lines, ...rest } = o;
    return {
      ...rest,
      state: o.state as OrderState,
      contact: kind === "label" ? orderContact(o) : null,
      barcodeSvg: barcodeSvg(o.code, "code128", { heightMm: 14 }),
      items: lines.reduce((n, l) => n + l.quantity, 0),
      weightGrams: packingRecords[0]?.weightGrams ?? null,
      packer: packingRecords[0]?.packer.name ?? null,
      lines: lines.map((l) => ({
        id: l.id,
        sku: l.product.sku,
        nameEn: l.product.nameEn,
        nameAr: l.product.nameAr,
        quantity: l.quantity,
        bins: bins.filter((b) => b.orderId === o.id && b.productId === l.productId).map((b) => b.binCode),
      })),
    };
  });
}
export type ShippingDocument = Awaited<ReturnType<typeof getShippingDocuments>>[number];
