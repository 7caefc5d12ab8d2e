import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import type { OrderState } from "@/lib/orders/workflow";
import { BIN_KINDS_FOR } from "./inspect-return.schema";
import { warehouseReturnScope } from "./scope";

const ZId = z.object({ id: z.string().min(1).max(64) });

export type ReturnTimelineEntry = {
  step: "created" | "received" | "inspected" | "closed";
  at: Date;
  by: string | null;
};

/**
 * One return as the warehouse sees it: the order (code, seller, lines, courier), the return's
 * own timeline, its photos and, while it waits for inspection, the bins the goods may go to
 * (active bins of the order's warehouse, by kind). Outside the actor's warehouses: not_found.
 */
export async function getWarehouseReturn(actor: Actor, raw: { id: string }) {
  assertCan(actor, "returns.inspect");
  const parsed = ZId.safeParse(raw);
  // An id from the URL that cannot be one is a return the actor cannot see.
  if (!parsed.success) throw new AppError("not_found");
  const { id } = parsed.data;
  const ret = await db.return.findFirst({
    where: { AND: [{ id }, warehouseReturnScope(actor)] },
    select: {
      id: true,
      code: true,
      status: true,
      source: true,
      reason: true,
      version: true,
      createdAt: true,
      createdById: true,
      receivedAt: true,
      receivedById: true,
      inspectionResult: true,
      inspectionNotes: true,
      inspectedAt: true,
      inspectedById: true,
      closedAt: true,
      refundFils: true,
      refundStatus: true,
      location: { select: { code: true, kind: true } },
      photos: { orderBy: { createdAt: "asc" }, select: { id: true, fileId: true } },
      order: {
        select: {
          id: true,
          code: true,
          state: true,
          totalFils: true,
          warehouseId: true,
          emirate: true,
          city: true,
          warehouse: { select: { code: true } },
          seller: { select: { storeName: true, code: true } },
          assignedCourier: { select: { name: true, phone: true, company: { select: { name: true } } } },
          lines: {
            orderBy: { id: "asc" },
            select: { id: true, quantity: true, product: { select: { sku: true, nameEn: true, nameAr: true } } },
          },
        },
      },
    },
  });
  if (!ret) throw new AppError("not_found");

  const userIds = [ret.createdById, ret.receivedById, ret.inspectedById].filter((u): u is string => !!u);
  const [users, bins] = await Promise.all([
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
    ret.status === "received" && ret.order.warehouseId
      ? db.binLocation.findMany({
          where: {
            warehouseId: ret.order.warehouseId,
            isActive: true,
            kind: { in: [...new Set([...BIN_KINDS_FOR.sellable, ...BIN_KINDS_FOR.damaged])] },
          },
          orderBy: [{ kind: "asc" }, { pickOrder: "asc" }, { code: "asc" }],
          select: { id: true, code: true, kind: true },
        })
      : [],
  ]);
  const nameOf = (u: string | null) => (u ? (users.find((x) => x.id === u)?.name ?? null) : null);
  const timeline: ReturnTimelineEntry[] = [{ step: "created", at: ret.createdAt, by: nameOf(ret.createdById) }];
  if (ret.receivedAt) timeline.push({ step: "received", at: ret.receivedAt, by: nameOf(ret.receivedById) });
  if (ret.inspectedAt) timeline.push({ step: "inspected", at: ret.inspectedAt, by: nameOf(ret.inspectedById) });
  if (ret.closedAt) timeline.push({ step: "closed", at: ret.closedAt, by: null });

  const { order, createdById: _c, receivedById: _r, inspectedById: _i, ...rest } = ret;
  return {
    ...rest,
    order: {
      id: order.id,
      code: order.code,
      state: order.state as OrderState,
      totalFils: order.totalFils,
      emirate: order.emirate,
      city: order.city,
      warehouseCode: order.warehouse?.code ?? null,
      seller: order.seller,
      lines: order.lines.map((l) => ({ id: l.id, quantity: l.quantity, ...l.product })),
    },
    courier: order.assignedCourier
      ? {
          name: order.assignedCourier.name,
          phone: order.assignedCourier.phone,
          company: order.assignedCourier.company?.name ?? null,
        }
      : null,
    timeline,
    bins,
  };
}
export type WarehouseReturnDetail = Awaited<ReturnType<typeof getWarehouseReturn>>;
