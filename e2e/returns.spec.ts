// Returns journeys in English and Arabic: orders turned back at the door come into the
// warehouse's "agent returns" section; the stock keeper receives them (bulk and single),
// inspects one as sellable (stock back in its storage bin, with a photo) and one as damaged
// (damaged bin, refund pending); the seller sees both returns and the photo, another seller
// gets 404.
import { expect, test, type Page } from "@playwright/test";
import { sql } from "./db";
import { PNG, as, createOrderByForm } from "./flows";
import { type Locale, M } from "./support";

const SKU = "ATL-OASIS-00002";
const COURIER = "Imran Qureshi";

type Prepared = { id: string; code: string; productId: string; binId: string; binCode: string };

/**
 * Stands in for packing and the delivery manager's start_return: the order's line is reserved
 * and picked from a DXB-1 storage bin through ledger rows (balance + movements, as the ledger
 * writes them), the order is handed to courier1 and turned back (`returning`), and the Return
 * is written as createReturn writes it (in transit, code RETYYMMDDNNN from the day's counter).
 */
async function prepareReturning(orderId: string): Promise<Prepared> {
  const [line] = await sql<{ productId: string; quantity: number }>(
    `SELECT "productId", quantity FROM "OrderLine" WHERE "orderId" = $1`,
    [orderId],
  );
  const [bin] = await sql<{ locationId: string; code: string; warehouseId: string }>(
    `SELECT sb."locationId", b.code, w.id AS "warehouseId" FROM "StockBalance" sb
     JOIN "BinLocation" b ON b.id = sb."locationId" JOIN "Warehouse" w ON w.id = b."warehouseId"
     WHERE sb."productId" = $1 AND b.kind = 'storage' AND b."isActive" AND w.code = 'DXB-1' AND sb."onHand" - sb.reserved >= $2
     ORDER BY b."pickOrder", b.code LIMIT 1`,
    [line.productId, line.quantity],
  );
  const ledger = (set: string, type: string, qty: number) =>
    sql(
      `WITH b AS (UPDATE "StockBalance" SET ${set}, version = version + 1, "updatedAt" = now()
                WHERE "productId" = $1 AND "locationId" = $2 RETURNING "onHand", reserved)
     INSERT INTO "StockMovement" ("productId", "locationId", type, quantity, "onHandAfter", "reservedAfter", "orderId")
     SELECT $1, $2, '${type}', $3, "onHand", reserved, $4 FROM b`,
      [line.productId, bin.locationId, qty, orderId],
    );
  await ledger(`reserved = reserved + ${line.quantity}`, "reserve", line.quantity);
  await ledger(
    `"onHand" = "onHand" - ${line.quantity}, reserved = reserved - ${line.quantity}`,
    "pick",
    -line.quantity,
  );
  const moved = await sql(
    `UPDATE "Order" SET state = 'returning', version = version + 1, "stateChangedAt" = now(), "warehouseId" = $2, "pickedUpAt" = now(),
       "assignedCourierId" = (SELECT c.id FROM "Courier" c JOIN "User" u ON u.id = c."userId" WHERE u.email = 'courier1@atlas.demo')
     WHERE id = $1 AND state = 'seller_submitted' RETURNING id`,
    [orderId, bin.warehouseId],
  );
  if (moved.length !== 1) throw new Error(`prepareReturning: order ${orderId} is not new`);
  const [ret] = await sql<{ id: string; code: string }>(
    `WITH d AS (SELECT to_char(now() AT TIME ZONE 'Asia/Dubai', 'YYMMDD') AS day),
          c AS (INSERT INTO "ReturnCodeCounter" (day, last) SELECT day, 1 FROM d
                ON CONFLICT (day) DO UPDATE SET last = "ReturnCodeCounter".last + 1 RETURNING day, last)
     INSERT INTO "Return" (id, code, "orderId", "sellerId", source, reason, status, "refundFils", "refundStatus", version, "createdAt", "updatedAt")
     SELECT 'e2eret' || md5(random()::text), 'RET' || c.day || lpad(c.last::text, 3, '0'), o.id, o."sellerId",
            'refused', 'Customer refused the parcel', 'in_transit', 0, 'none', 0, now(), now()
     FROM c, "Order" o WHERE o.id = $1 RETURNING id, code`,
    [orderId],
  );
  expect(ret.code).toMatch(/^RET\d{9}$/);
  return { ...ret, productId: line.productId, binId: bin.locationId, binCode: bin.code };
}

async function stockAt(productId: string, locationId: string): Promise<{ onHand: number; available: number }> {
  const [b] = await sql<{ onHand: number; reserved: number }>(
    `SELECT "onHand", reserved FROM "StockBalance" WHERE "productId" = $1 AND "locationId" = $2`,
    [productId, locationId],
  );
  return { onHand: b?.onHand ?? 0, available: (b?.onHand ?? 0) - (b?.reserved ?? 0) };
}

async function chooseOption(page: Page, testId: string, text: string) {
  const select = page.getByTestId(testId);
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value!);
}

for (const locale of ["en", "ar"] as const) {
  const L = M[locale];

  test(`returns: receive, inspect sellable and damaged, seller sees its returns (${locale})`, async ({ browser }) => {
    test.setTimeout(240_000);
    const n = locale === "en" ? 1 : 2;
    const seller = await as(browser, "seller1@atlas.demo", locale);
    const o1 = await createOrderByForm(seller, locale, `Return Sellable ${locale}`, `050 710 000${n}`, {
      sku: SKU,
      quantity: 1,
    });
    const o2 = await createOrderByForm(seller, locale, `Return Damaged ${locale}`, `050 720 000${n}`, {
      sku: SKU,
      quantity: 1,
    });
    const sellable = await prepareReturning(o1.id);
    const damaged = await prepareReturning(o2.id);

    // The stock keeper sees both coming back with courier1, grouped by courier.
    const keeper = await as(browser, "stock@atlas.demo", locale);
    await keeper.goto(`/${locale}/warehouse/returns`);
    await expect(keeper.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(keeper.getByTestId("page-title")).toHaveText(L.returns.title);
    await expect(keeper.locator(`[data-testid="courier-group"][data-courier="${COURIER}"]`)).toBeVisible();
    for (const r of [sellable, damaged]) {
      await keeper.goto(`/${locale}/warehouse/returns?view=incoming&q=${r.code}`);
      const row = keeper.locator(`[data-testid="return-row"][data-code="${r.code}"]`);
      await expect(row.getByTestId("return-courier")).toHaveText(COURIER);
      await expect(row.locator('[data-testid="return-status"]')).toHaveAttribute("data-status", "in_transit");
    }

    // Receive: the first ticked and received in bulk, the second with its own button.
    await keeper.goto(`/${locale}/warehouse/returns?view=incoming&q=${sellable.code}`);
    await keeper.getByTestId("receive-selected").click();
    await expect(keeper.getByTestId("receive-message")).toHaveText(L.validation.select_returns);
    await keeper
      .locator(`[data-testid="return-row"][data-code="${sellable.code}"] [data-testid="return-select"]`)
      .check();
    await keeper.getByTestId("receive-selected").click();
    await expect(keeper.getByTestId("receive-message")).toBeVisible();
    await expect(keeper.locator(`[data-testid="return-row"][data-code="${sellable.code}"]`)).toHaveCount(0);
    await keeper.goto(`/${locale}/warehouse/returns?view=incoming&q=${damaged.code}`);
    await keeper.locator(`[data-testid="return-row"][data-code="${damaged.code}"] [data-testid="receive-one"]`).click();
    await expect(keeper.locator(`[data-testid="return-row"][data-code="${damaged.code}"]`)).toHaveCount(0);
    await keeper.goto(`/${locale}/warehouse/returns?view=received&q=${damaged.code}`);
    await expect(
      keeper.locator(`[data-testid="return-row"][data-code="${damaged.code}"] [data-testid="return-status"]`),
    ).toHaveAttribute("data-status", "received");

    // Sellable: back into the storage bin it was picked from, with a photo; available goes up.
    const before = await stockAt(sellable.productId, sellable.binId);
    await keeper.goto(`/${locale}/warehouse/returns/${sellable.id}`);
    await expect(keeper.getByTestId("return-order-code")).toHaveText(o1.code);
    await expect(keeper.getByTestId("return-courier-name")).toContainText(COURIER);
    await expect(keeper.getByTestId("return-line")).toContainText(SKU);
    await keeper.getByTestId("result-sellable").check();
    await chooseOption(keeper, "inspect-bin", sellable.binCode);
    await keeper.getByTestId("photo-input").setInputFiles({ name: "parcel.png", mimeType: "image/png", buffer: PNG });
    await expect(keeper.getByTestId("new-photo")).toHaveCount(1);
    await keeper.getByTestId("inspect-submit").click();
    await expect(keeper.locator('p [data-testid="return-status"]')).toHaveAttribute("data-status", "inspected");
    await expect(keeper.getByTestId("return-inspection").getByTestId("inspection-result")).toHaveText(
      L.returns.result.sellable,
    );
    await expect(keeper.getByTestId("return-bin")).toHaveText(sellable.binCode);
    await expect(keeper.getByTestId("return-photo")).toHaveCount(1);
    const after = await stockAt(sellable.productId, sellable.binId);
    expect(after.available).toBe(before.available + 1);
    expect(after.onHand).toBe(before.onHand + 1);
    await keeper.getByTestId("close-return").click();
    await expect(keeper.locator('p [data-testid="return-status"]')).toHaveAttribute("data-status", "closed");

    // Damaged: notes are required; the goods go to the damaged bin, available does not move.
    const [dmg] = await sql<{ id: string }>(
      `SELECT b.id FROM "BinLocation" b JOIN "Warehouse" w ON w.id = b."warehouseId" WHERE w.code = 'DXB-1' AND b.code = 'DMG-01'`,
    );
    const storageBefore = await stockAt(damaged.productId, damaged.binId);
    const dmgBefore = await stockAt(damaged.productId, dmg.id);
    await keeper.goto(`/${locale}/warehouse/returns/${damaged.id}`);
    await keeper.getByTestId("result-damaged").check();
    await chooseOption(keeper, "inspect-bin", "DMG-01");
    await keeper.getByTestId("inspect-refund").fill("5");
    await keeper.getByTestId("inspect-refund-status").selectOption("pending");
    await keeper.getByTestId("inspect-submit").click();
    await expect(keeper.getByTestId("inspect-form").getByText(L.validation.damage_notes_required)).toBeVisible();
    await keeper
      .getByTestId("inspect-notes")
      .fill(locale === "en" ? "Box crushed, bottle cracked" : "العلبة مهشمة والزجاجة مكسورة");
    await keeper.getByTestId("inspect-submit").click();
    await expect(keeper.getByTestId("return-inspection").getByTestId("inspection-result")).toHaveText(
      L.returns.result.damaged,
    );
    await expect(keeper.getByTestId("return-bin")).toHaveText("DMG-01");
    expect((await stockAt(damaged.productId, dmg.id)).onHand).toBe(dmgBefore.onHand + 1);
    expect(await stockAt(damaged.productId, damaged.binId)).toEqual(storageBefore);

    // The seller sees both returns, the inspection and the photo; the order page links its return.
    await seller.goto(`/${locale}/seller/returns`);
    await expect(seller.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    for (const [r, result] of [
      [sellable, "sellable"],
      [damaged, "damaged"],
    ] as const) {
      const row = seller.locator(`[data-testid="seller-return-row"][data-code="${r.code}"]`);
      await expect(row.getByTestId("inspection-result")).toHaveText(L.returns.result[result]);
    }
    await seller.goto(`/${locale}/seller/returns/${sellable.id}`);
    await expect(seller.getByTestId("return-code")).toHaveText(sellable.code);
    await expect(seller.getByTestId("return-photo")).toHaveCount(1);
    const photoSrc = await seller.getByTestId("return-photo").getAttribute("src");
    expect((await seller.request.get(photoSrc!)).status()).toBe(200);
    // Nothing of the courier's report reaches the seller.
    expect(await seller.content()).not.toContain("Customer refused the parcel");
    expect(await seller.content()).not.toContain(COURIER);
    await seller.goto(o2.url.replace(/^https?:\/\/[^/]+/, ""));
    await expect(seller.getByTestId("order-return-link")).toHaveText(damaged.code);

    // Another seller: not in its list, 404 on the detail page and on the photo.
    const other = await as(browser, "seller2@atlas.demo", locale);
    await other.goto(`/${locale}/seller/returns`);
    await expect(other.getByTestId("seller-returns")).toBeVisible();
    await expect(other.locator(`[data-testid="seller-return-row"][data-code="${sellable.code}"]`)).toHaveCount(0);
    const res = await other.goto(`/${locale}/seller/returns/${sellable.id}`);
    expect(res?.status()).toBe(404);
    await expect(other.getByTestId("not-found")).toBeVisible();
    expect(await other.content()).not.toContain(sellable.code);
    expect((await other.request.get(photoSrc!)).status()).toBe(404);
  });
}
