import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/guards";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { Prisma } from "@/generated/prisma/client";
import { warehouseFilter } from "./scope";
import { ZSaveZoneInput, type SaveZoneFormInput } from "./stock.schema";

/** Creates or renames a zone of one of the actor's warehouses (audited). */
export async function saveZone(actor: Actor, raw: SaveZoneFormInput) {
  assertCan(actor, "inventory.adjust");
  const input = parseOrThrow(ZSaveZoneInput, raw);
  const data = { code: input.code, nameEn: input.nameEn, nameAr: input.nameAr || null };
  try {
    return await db.$transaction(async (tx) => {
      await warehouseFilter(actor, input.warehouseId, tx);
      if (!input.id) {
        const zone = await tx.warehouseZone.create({
          data: { ...data, warehouseId: input.warehouseId },
          select: { id: true },
        });
        await writeAudit(tx, auditContext(actor), {
          action: "inventory.zone.create",
          targetType: "WarehouseZone",
          targetId: zone.id,
          after: data,
        });
        return { id: zone.id };
      }
      const before = await tx.warehouseZone.findFirst({
        where: { id: input.id, warehouseId: input.warehouseId },
        select: { code: true, nameEn: true, nameAr: true },
      });
      if (!before) throw new AppError("not_found");
      await tx.warehouseZone.update({ where: { id: input.id }, data });
      await writeAudit(tx, auditContext(actor), {
        action: "inventory.zone.update",
        targetType: "WarehouseZone",
        targetId: input.id,
        before,
        after: data,
      });
      return { id: input.id };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
      throw new AppError("validation", {}, { code: "inventory.code_taken" });
    throw e;
  }
}
