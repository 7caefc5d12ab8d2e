// Delivery-manager journeys in English and Arabic: a delivery company is created, a ready
// order is dispatched to a courier, the courier's pending report is confirmed, the seller
// then sees "delivered", and the performance page counts it.
import { expect, test } from "@playwright/test";
import { sql } from "./db";
import { as, createOrderByForm } from "./flows";
import { type Locale, M } from "./support";

const COURIER_NAME = "Imran Qureshi"; // courier1@atlas.demo in prisma/seed.ts

/** Stands in for packing (another module): the order is packed, labelled and ready. */
async function makeReady(code: string): Promise<void> {
  const rows = await sql(
    `UPDATE "Order" SET state = 'ready_for_delivery', "stateChangedAt" = now(), version = version + 1 WHERE code = $1 AND state = 'seller_submitted' RETURNING id`,
    [code],
  );
  if (rows.length !== 1) throw new Error(`makeReady: ${code} is not a new order`);
}

/** Stands in for the courier's screen: a delivered report waiting for the manager. */
async function courierReportsDelivered(code: string): Promise<void> {
  const rows = await sql(
    `
    WITH o AS (
      UPDATE "Order" SET state = 'pending_manager_confirmation', "stateChangedAt" = now(), version = version + 1
      WHERE code = $1 AND state = 'delivery_in_progress' AND "assignedCourierId" IS NOT NULL
      RETURNING id, "assignedCourierId", "deliveryRunId", "totalFils")
    INSERT INTO "DeliveryAttempt" (id, "orderId", "courierId", "runId", "attemptNo", outcome, "proofKind", "otpVerified", "codCollectedFils", status, version, "createdAt", "updatedAt")
    SELECT 'e2e' || md5(random()::text), id, "assignedCourierId", "deliveryRunId", 1, 'delivered', 'otp', true, "totalFils", 'pending', 0, now(), now() FROM o
    RETURNING id`,
    [code],
  );
  if (rows.length !== 1) throw new Error(`courierReportsDelivered: ${code} is not out for delivery`);
}

for (const locale of ["en", "ar"] as const) {
  const L = M[locale].delivery;

  test(`delivery manager: company, dispatch, confirmation, performance (${locale})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const seller = await as(browser, "seller1@atlas.demo", locale);
    const order = await createOrderByForm(
      seller,
      locale,
      `DM Customer ${locale}`,
      locale === "en" ? "050 710 0001" : "050 710 0002",
      { quantity: 1 },
    );
    await makeReady(order.code);

    const manager = await as(browser, "dmanager@atlas.demo", locale);

    // Partners: a new delivery company, with a translated validation error first.
    await manager.goto(`/${locale}/delivery/manager/partners`);
    await expect(manager.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    const form = manager.getByTestId("company-form").first();
    await form.getByTestId("company-code").fill("x");
    await form.getByTestId("company-name").fill(`Falcon Delivery ${locale}`);
    await form.getByTestId("company-save").click();
    await expect(form.locator(".field-error")).toHaveText(M[locale].validation.company_code_format);
    const code = `FALCON-${locale.toUpperCase()}`;
    await form.getByTestId("company-code").fill(code);
    await form.getByTestId("company-save").click();
    await expect(form.getByTestId("company-message")).toHaveText(L.partners.saved);
    await expect(
      manager.locator(`[data-testid="company-row"][data-code="${code}"] [data-testid="company-status"]`),
    ).toHaveText(L.partners.active);

    // Dispatch: the ready order goes to courier1.
    await manager.goto(`/${locale}/delivery/manager?emirate=dubai`);
    await expect(manager.getByTestId("dashboard-deliveryManager")).toBeVisible();
    const row = manager.locator(`[data-testid="ready-row"][data-code="${order.code}"]`);
    await expect(row).toHaveCount(1);
    await manager.getByTestId("dispatch-selected").click();
    await expect(manager.getByTestId("dispatch-message")).toHaveText(M[locale].validation.target_required);
    await row.getByTestId("ready-select").check();
    const target = manager.getByTestId("dispatch-target");
    await target.selectOption(
      (await target.locator("option", { hasText: COURIER_NAME }).first().getAttribute("value"))!,
    );
    await manager.getByTestId("dispatch-selected").click();
    await expect(manager.getByTestId("dispatch-message")).toContainText(
      locale === "en" ? "1 order sent" : "أُرسل طلب واحد",
    );
    await expect(row).toHaveCount(0);
    // The courier's run lists the order as out for delivery.
    await manager
      .locator(`[data-testid="courier-row"][data-name="${COURIER_NAME}"] [data-testid="courier-run-link"]`)
      .click();
    await expect(
      manager.locator(`[data-testid="run-stop"][data-code="${order.code}"] [data-testid="run-stop-state"]`),
    ).toHaveText(M[locale].states.delivery_in_progress);

    // The courier reports it delivered; the seller still sees "shipped".
    await courierReportsDelivered(order.code);
    await seller.goto(order.url);
    await expect(seller.getByTestId("order-status").first()).toHaveText(M[locale].sellerStatus.shipped);

    // Confirmations: the report is confirmed as reported.
    await manager.goto(`/${locale}/delivery/manager/confirmations`);
    const attempt = manager.locator(`[data-testid="attempt-row"][data-code="${order.code}"]`);
    await expect(attempt.getByTestId("attempt-outcome")).toContainText(L.outcomes.delivered);
    await expect(attempt.getByTestId("otp-verified")).toBeVisible();
    await attempt.getByTestId("attempt-confirm").click();
    await expect(manager.getByTestId("confirm-feedback")).toContainText(M[locale].states.delivery_completed);
    await expect(manager.locator(`[data-testid="attempt-row"][data-code="${order.code}"]`)).toHaveCount(0);

    // The seller now sees "delivered".
    await seller.goto(order.url);
    await expect(seller.getByTestId("order-status").first()).toHaveText(M[locale].sellerStatus.delivered);

    // The customer sends it back: a customer return with a partial refund.
    await manager.goto(`/${locale}/delivery/manager/confirmations`);
    await manager.getByTestId("return-code").fill(order.code);
    await manager.getByTestId("return-find").click();
    await manager.getByTestId("return-reason").fill("Wrong colour, customer returns it");
    await manager.getByTestId("return-refund").fill("5");
    await manager.getByTestId("return-submit").click();
    await expect(manager.getByTestId("customer-return-message")).toContainText(/RET\d{9}/);

    // Performance counts the confirmed delivery.
    await manager.goto(`/${locale}/delivery/manager/performance`);
    const perf = manager.locator(`[data-testid="perf-couriers"] [data-testid="perf-row"][data-name="${COURIER_NAME}"]`);
    await expect(perf).toHaveCount(1);
    expect(Number(await perf.getByTestId("perf-delivered").getAttribute("data-value"))).toBeGreaterThanOrEqual(1);
    await expect(manager.getByTestId("chart-couriers")).toBeVisible();
  });
}
