// Fees desk journeys in English and Arabic: finance changes a default fee, creates an override
// for Gulf Gadgets (a bad percentage is refused on the form first), and corrects one delivered
// order's fees with a reason; sellers and other staff get 404 on the fees pages.
import { expect, test } from "@playwright/test";
import { sql } from "./db";
import { as } from "./flows";
import { type Locale, M } from "./support";

/** A delivered OASIS order with its fee (AED 5 + 7 + 15 + 2.49 COD fee = 29.49), as the delivery hook would leave it. */
async function deliveredOrderWithFee(tag: string): Promise<string> {
  const [seller] = await sql<{ sellerId: string; userId: string }>(
    `SELECT sp.id AS "sellerId", sp."userId" AS "userId" FROM "SellerProfile" sp WHERE sp.code = 'OASIS'`,
  );
  const code = `#F1${tag}${Date.now() % 1_000_000}`;
  const [order] = await sql<{ id: string }>(
    `INSERT INTO "Order" (id, code, "sellerId", state, "customerName", "customerPhoneEnc", "customerPhoneHash", emirate, city, "addressEnc",
       "totalFils", "createdById", "deliveredAt", "updatedAt")
     VALUES (gen_random_uuid()::text, $1, $2, 'delivery_completed', 'Fee Test', 'e2e-not-encrypted', $3, 'dubai', 'Dubai', 'e2e-not-encrypted',
       24900, $4, now(), now()) RETURNING id`,
    [code, seller.sellerId, `e2e-fee-${code}`, seller.userId],
  );
  await sql(
    `INSERT INTO "OrderFee" (id, "orderId", "serviceFils", "fulfillmentFils", "deliveryFils", "codFeeFils", "returnFeeFils", "totalFils", "updatedAt")
     VALUES (gen_random_uuid()::text, $1, 500, 700, 1500, 249, 0, 2949, now())`,
    [order.id],
  );
  return code;
}

for (const locale of ["en", "ar"] as const) {
  const L = M[locale].fees;
  const V = M[locale].validation;
  const email = locale === "en" ? "finance@atlas.demo" : "finance2@atlas.demo";

  test(`fees: change a default, override for seller2, edit one order's fees (${locale})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const page = await as(browser, email, locale);

    // 1. Default fees: a new delivery fee from now, listed in the history as in force.
    await page.goto(`/${locale}/finance/fees`);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(page.getByTestId("default-current")).toBeVisible();
    const rowsBefore = await page.getByTestId("default-history-row").count();
    const delivery = locale === "en" ? "16.00" : "17.25";
    await page.getByTestId("default-deliveryAed").fill(delivery);
    await page.getByTestId("default-schedule-save").click();
    await expect(page.getByTestId("default-schedule-message")).toHaveText(L.form.saved);
    await expect(page.getByTestId("default-rates").getByTestId("rate-delivery")).toContainText(delivery);
    await expect(page.getByTestId("default-history-row")).toHaveCount(Math.min(rowsBefore + 1, 10));

    // 2. An override for Gulf Gadgets: 150 % is refused on the form, 1.5 % is saved.
    await page.getByTestId("fees-tab-overrides").click();
    await expect(page.getByTestId("override-seller")).toBeVisible();
    const gulf = await page
      .getByTestId("override-seller")
      .locator("option", { hasText: "GULF" })
      .first()
      .getAttribute("value");
    await page.getByTestId("override-seller").selectOption(gulf!);
    await page.getByTestId("override-servicePct").fill("150");
    await page.getByTestId("override-schedule-save").click();
    await expect(page.getByTestId("override-schedule-form").getByRole("alert").first()).toHaveText(
      V.fees.percent_invalid,
    );
    await page.getByTestId("override-servicePct").fill("1.5");
    await page.getByTestId("override-serviceAed").fill("3");
    await page.getByTestId("override-schedule-save").click();
    await expect(page.getByTestId("override-schedule-message")).toHaveText(L.form.saved);
    const row = page.locator('[data-testid="override-row"][data-seller="GULF"]');
    await expect(row.getByTestId("rate-service")).toContainText("3.00");
    await expect(row.getByTestId("rate-service")).toContainText(locale === "en" ? "1.5%" : "1.5٪");

    // 3. One delivered order's fees: explained, corrected with a reason, marked edited.
    const code = await deliveredOrderWithFee(locale.toUpperCase());
    await page.getByTestId("fees-tab-orders").click();
    await page.getByTestId("order-fee-code").fill(code);
    await page.getByTestId("order-fee-find").click();
    await expect(page.getByTestId("order-fee-table")).toBeVisible();
    await expect(page.getByTestId("order-fee-outcome")).toHaveText(L.outcomes.delivered);
    await expect(page.getByTestId("order-fee-total")).toContainText("29.49");
    await page.getByTestId("fee-deliveryAed").fill("9.50");
    await page.getByTestId("order-fee-save").click();
    await expect(page.getByTestId("order-fee-form").getByRole("alert").first()).toHaveText(V.reason_required);
    await page
      .getByTestId("fee-reason")
      .fill(locale === "en" ? "Delivered with the seller's own van" : "سُلّم بسيارة البائع");
    await page.getByTestId("order-fee-save").click();
    await expect(page.getByTestId("order-fee-total")).toContainText("23.99");
    await expect(page.getByTestId("order-fee-edited")).toBeVisible();
    await expect(page.getByTestId("order-fee-delivery-charged")).toContainText("9.50");

    // An unknown code says so.
    await page.goto(`/${locale}/finance/fees/orders?code=${encodeURIComponent("#000000001")}`);
    await expect(page.getByTestId("order-fee-not-found")).toHaveText(L.order.notFound);
  });

  test(`fees: a seller and a delivery manager get 404 on the fees pages (${locale})`, async ({ browser }) => {
    for (const who of ["seller2@atlas.demo", "dmanager@atlas.demo"]) {
      const page = await as(browser, who, locale);
      for (const path of ["/finance/fees", "/finance/fees/overrides", "/finance/fees/orders"]) {
        const res = await page.goto(`/${locale}${path}`);
        expect(res?.status(), `${who} ${path}`).toBe(404);
      }
    }
  });
}
