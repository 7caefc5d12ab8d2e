import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/guards";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { Prisma } from "@/generated/prisma/client";
import { warehouseFilter } from "./scope";
import { ZSaveBinInput, type SaveBinFormInput } from "./stock.schema";

/**
 * Creates or edits a bin of one of the actor's warehouses (audited). A bin that still holds
 * stock cannot be deactivated or turned into another kind (move the stock out first).
 */
export async function saveBin(actor: Actor, raw: SaveBinFormInput) {
  assertCan(actor, "inventory.adjust");
  const input = parseOrThrow(ZSaveBinInput, raw);
  try {
    return await db.$transaction(async (tx) => {
      await warehouseFilter(actor, input.warehouseId, tx);
      const zoneId = input.zoneId || null;
      if (
        zoneId &&
        !(await tx.warehouseZone.findFirst({
          where: { id: zoneId, warehouseId: input.warehouseId },
          select: { id: true },
        }))
      ) {
        throw new AppError("validation", {}, { zoneId: "inventory.zone_invalid" });
      }
      const data = { code: input.code, kind: input.kind, zoneId, pickOrder: input.pickOrder, isActive: input.isActive };
      if (!input.id) {
        const bin = await tx.binLocation.create({
          data: { ...data, warehouseId: input.warehouseId },
          select: { id: true },
        });
        await writeAudit(tx, auditContext(actor), {
          action: "inventory.bin.create",
          targetType: "BinLocation",
          targetId: bin.id,
          after: data,
        });
        return { id: bin.id };
      }
      const rows = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT "id" FROM "BinLocation" WHERE "id" = ${input.id} AND "warehouseId" = ${input.warehouseId} FOR UPDATE`;
      if (!rows[0]) throw new AppError("not_found");
      const before = await tx.binLocation.findUniqueOrThrow({
        where: { id: input.id },
        select: { code: true, kind: true, zoneId: true, pickOrder: true, isActive: true },
      });
      if ((!input.isActive && before.isActive) || input.kind !== before.kind) {
        const held = await tx.stockBalance.count({ where: { locationId: input.id, onHand: { gt: 0 } } });
        if (held > 0)
          throw new AppError(
            "validation",
            {},
            { [input.kind !== before.kind ? "kind" : "isActive"]: "inventory.bin_not_empty" },
          );
      }
      await tx.binLocation.update({ where: { id: input.id }, data });
      await writeAudit(tx, auditContext(actor), {
        action: "inventory.bin.update",
        targetType: "BinLocation",
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
