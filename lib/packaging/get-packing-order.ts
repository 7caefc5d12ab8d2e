import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { OrderState } from "@/lib/orders/workflow";
import { orderBins } from "./bins";
import type { PackingMaterial } from "./materials";
import { packingScope } from "./scope";

const ZInput = z.object({ id: z.string().min(1).max(64) });

/**
 * The packing screen of one order in the actor's scope (else not_found): lines with what to
 * scan (barcode / SKU), where they are, and how many the current record has scanned; the
 * current record's details and QC; and what the actor can do next. No customer PII here:
 * the label page decrypts it.
 */
export async function getPackingOrder(actor: Actor, raw: { id: string }) {
  if (!can(actor, "packaging.pack")) throw new AppError("not_found");
  const parsed = ZInput.safeParse(raw);
  if (!parsed.success) throw new AppError("not_found");
  const order = await db.order.findFirst({
    where: { AND: [packingScope(actor), { id: parsed.data.id }] },
    select: {
      id: true,
      code: true,
      state: true,
      version: true,
      emirate: true,
      city: true,
      totalFils: true,
      labelPrintedAt: true,
      notes: true,
      seller: { select: { storeName: true } },
      warehouse: { select: { code: true, nameEn: true, nameAr: true } },
      lines: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          productId: true,
          quantity: true,
          product: { select: { sku: true, barcode: true, nameEn: true, nameAr: true } },
        },
      },
      packingRecords: {
        orderBy: [{ startedAt: "desc" }, { id: "desc" }],
        take: 1,
        include: { packer: { select: { name: true } }, scans: { select: { orderLineId: true, quantity: true } } },
      },
    },
  });
  if (!order) throw new AppError("not_found");
  const record = order.packingRecords[0] ?? null;
  const scanned = new Map<string, number>();
  for (const s of record?.scans ?? [])
    if (s.orderLineId) scanned.set(s.orderLineId, (scanned.get(s.orderLineId) ?? 0) + s.quantity);
  const bins = await orderBins(db, [order.id]);
  const state = order.state as OrderState;
  const lines = order.lines.map((l) => ({
    id: l.id,
    sku: l.product.sku,
    barcode: l.product.barcode,
    nameEn: l.product.nameEn,
    nameAr: l.product.nameAr,
    quantity: l.quantity,
    scanned: state === "packaging_in_progress" ? (scanned.get(l.id) ?? 0) : 0,
    bins: bins.filter((b) => b.productId === l.productId).map((b) => b.binCode),
  }));
  const inProgress = state === "packaging_in_progress";
  const allScanned = lines.every((l) => l.scanned >= l.quantity);
  const qcFailed = inProgress && record?.qcPassed === false;
  return {
    id: order.id,
    code: order.code,
    state,
    version: order.version,
    emirate: order.emirate,
    city: order.city,
    totalFils: order.totalFils,
    labelPrintedAt: order.labelPrintedAt,
    notes: order.notes,
    seller: order.seller.storeName,
    warehouse: order.warehouse,
    lines,
    record: record && {
      id: record.id,
      packer: record.packer.name,
      startedAt: record.startedAt,
      completedAt: record.completedAt,
      materials: (record.materials as Array<{ material: PackingMaterial; qty: number }> | null) ?? [],
      weightGrams: record.weightGrams,
      lengthMm: record.lengthMm,
      widthMm: record.widthMm,
      heightMm: record.heightMm,
      photoFileId: record.photoFileId,
      qcPassed: record.qcPassed,
      qcNotes: record.qcNotes,
      qcAt: record.qcAt,
    },
    allScanned,
    canStart: state === "callcenter_approved",
    canRestart: qcFailed,
    canScan: inProgress && !!record && record.qcPassed === null,
    canEditDetails: inProgress && !!record && record.qcPassed !== false,
    canQc: inProgress && !!record && record.qcPassed === null && allScanned && can(actor, "packaging.qc"),
    canComplete: inProgress && allScanned && record?.qcPassed === true,
    canPrint: state === "packaging_completed" && can(actor, "labels.print"),
  };
}
export type PackingOrder = Awaited<ReturnType<typeof getPackingOrder>>;
