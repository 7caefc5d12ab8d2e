// Database-level stock rules that hold whatever the application code does.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createProduct, createSeller, createWarehouseWithBin } from "../support/factories";
import { rawSql } from "../support/sql";

let productId: string;
let locationId: string;

beforeAll(async () => {
  const { profile } = await createSeller();
  productId = (await createProduct(profile.id)).id;
  locationId = (await createWarehouseWithBin()).bin.id;
});

describe("StockMovement is append-only", () => {
  it("accepts inserts", async () => {
    await db.stockMovement.create({
      data: { productId, locationId, type: "receive", quantity: 10, onHandAfter: 10, reservedAfter: 0 },
    });
    expect(await db.stockMovement.count()).toBe(1);
  });

  it("refuses UPDATE and DELETE through Prisma", async () => {
    const m = await db.stockMovement.findFirstOrThrow();
    await expect(db.stockMovement.update({ where: { id: m.id }, data: { quantity: 1000 } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.stockMovement.updateMany({ data: { quantity: 1000 } })).rejects.toThrow(/append-only/);
    await expect(db.stockMovement.delete({ where: { id: m.id } })).rejects.toThrow(/append-only/);
    await expect(db.stockMovement.deleteMany({})).rejects.toThrow(/append-only/);
    expect((await db.stockMovement.findUniqueOrThrow({ where: { id: m.id } })).quantity).toBe(10);
  });

  it("refuses UPDATE, DELETE and TRUNCATE through raw SQL", async () => {
    await expect(rawSql(`UPDATE "StockMovement" SET quantity = 1`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(rawSql(`DELETE FROM "StockMovement"`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(rawSql(`TRUNCATE "StockMovement"`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect(await db.stockMovement.count()).toBe(1);
  });
});

describe("StockBalance bounds", () => {
  it("accepts a balance within bounds and keeps it on violation", async () => {
    await db.stockBalance.create({ data: { productId, locationId, onHand: 5, reserved: 2 } });
    const key = { productId_locationId: { productId, locationId } };

    await expect(db.stockBalance.update({ where: key, data: { onHand: -1, reserved: 0 } })).rejects.toThrow(
      /StockBalance_onHand_nonneg|check constraint/i,
    );
    await expect(db.stockBalance.update({ where: key, data: { reserved: -1 } })).rejects.toThrow(
      /StockBalance_reserved_nonneg|check constraint/i,
    );
    await expect(db.stockBalance.update({ where: key, data: { reserved: 6 } })).rejects.toThrow(
      /StockBalance_reserved_le_onHand|check constraint/i,
    );
    // an oversell by decrement: 5 on hand, 2 reserved, take 4
    await expect(db.stockBalance.update({ where: key, data: { onHand: { decrement: 4 } } })).rejects.toThrow(
      /check constraint|violat/i,
    );

    const row = await db.stockBalance.findUniqueOrThrow({ where: key });
    expect({ onHand: row.onHand, reserved: row.reserved }).toEqual({ onHand: 5, reserved: 2 });

    await db.stockBalance.update({ where: key, data: { reserved: 5 } });
    await db.stockBalance.update({ where: key, data: { onHand: 5, reserved: 0 } });
  });

  it("refuses a negative or over-reserved balance on insert (raw SQL)", async () => {
    const other = (await createWarehouseWithBin()).bin.id;
    await expect(
      rawSql(
        `INSERT INTO "StockBalance" ("productId","locationId","onHand","reserved","updatedAt") VALUES ($1,$2,-3,0,now())`,
        [productId, other],
      ),
    ).rejects.toThrow(/StockBalance_onHand_nonneg/);
    await expect(
      rawSql(
        `INSERT INTO "StockBalance" ("productId","locationId","onHand","reserved","updatedAt") VALUES ($1,$2,1,2,now())`,
        [productId, other],
      ),
    ).rejects.toThrow(/StockBalance_reserved_le_onHand/);
  });
});
