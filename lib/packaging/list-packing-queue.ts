import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { pageArgs, toPage } from "@/lib/pagination";
import type { OrderState } from "@/lib/orders/workflow";
import { ZPackingQueueFilters, type PackingQueueFilters, type PackingTab } from "./packing.schema";
import { packingScope } from "./scope";

const PAGE_SIZE = 50;

export const TAB_WHERE: Record<PackingTab, Prisma.OrderWhereInput> = {
  to_pack: { state: "callcenter_approved" },
  in_progress: { state: "packaging_in_progress" },
  to_print: { state: "packaging_completed", labelPrintedAt: null },
  printed: { state: "packaging_completed", labelPrintedAt: { not: null } },
};

/**
 * The packer's queue for one tab, oldest first, paged on the server over the
 * (warehouseId, state) index: confirmed orders to pack, orders being packed, and packed
 * orders whose label is still to print or already printed.
 */
export async function listPackingQueue(actor: Actor, raw: PackingQueueFilters) {
  assertCan(actor, "packaging.pack");
  const f = ZPackingQueueFilters.parse(raw);
  const where: Prisma.OrderWhereInput = { AND: [packingScope(actor), TAB_WHERE[f.tab], { archivedAt: null }] };
  const [rows, total] = await db.$transaction([
    db.order.findMany({
      where,
      orderBy: [{ stateChangedAt: "asc" }, { id: "asc" }],
      ...pageArgs(f.page, PAGE_SIZE),
      select: {
        id: true,
        code: true,
        state: true,
        version: true,
        emirate: true,
        city: true,
        totalFils: true,
        createdAt: true,
        stateChangedAt: true,
        labelPrintedAt: true,
        seller: { select: { storeName: true } },
        warehouse: { select: { code: true } },
        lines: { select: { quantity: true } },
        packingRecords: {
          orderBy: { startedAt: "desc" },
          take: 1,
          select: { packer: { select: { name: true } }, qcPassed: true },
        },
      },
    }),
    db.order.count({ where }),
  ]);
  return {
    tab: f.tab,
    ...toPage(
      rows.map(({ lines, packingRecords, ...r }) => ({
        ...r,
        state: r.state as OrderState,
        items: lines.reduce((n, l) => n + l.quantity, 0),
        packer: packingRecords[0]?.packer.name ?? null,
        qcPassed: packingRecords[0]?.qcPassed ?? null,
      })),
      total,
      f.page,
      PAGE_SIZE,
    ),
  };
}
export type PackingQueueRow = Awaited<ReturnType<typeof listPackingQueue>>["rows"][number];

/** The stat tiles: orders per tab within the actor's warehouses. */
export async function packingStats(actor: Actor): Promise<Record<PackingTab, number>> {
  assertCan(actor, "packaging.pack");
  const scope = packingScope(actor);
  const [toPack, inProgress, toPrint, printed] = await db.$transaction(
    Object.values(TAB_WHERE).map((w) => db.order.count({ where: { AND: [scope, w, { archivedAt: null }] } })),
  );
  return { to_pack: toPack, in_progress: inProgress, to_print: toPrint, printed };
}
