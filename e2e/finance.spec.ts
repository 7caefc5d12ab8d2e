// The finance chain in one journey, in English and in Arabic (RTL): finance gives seller1 its
// own service fee → an order of seller1 is delivered today with its cash collected by courier1
// → finance records courier1's handover (expected = received: reconciled) → the statement of
// today charges the order under the new fee (fee row created from the override) → the invoice
// is generated → a payout is requested, approved by the second finance user (the requester
// cannot) and paid with a proof file → seller1 sees the invoice and the paid payout.
// Delivery itself is stood in by SQL (the fulfillment journey drives it through the screens).
import { expect, test } from "@playwright/test";
import { sql } from "./db";
import { PDF, as, createOrderByForm } from "./flows";
import { type Locale, M } from "./support";

const uaeToday = () => new Date(Date.now() + 4 * 3_600_000).toISOString().slice(0, 10);
const aed = (fils: bigint) => `${fils / 100n}.${String(fils % 100n).padStart(2, "0")}`;

/** What the delivery manager's confirmation leaves: delivered now, cash collected by courier1, no fee yet. */
async function deliveredByCourier1(orderId: string): Promise<number> {
  const rows = await sql<{ total: number }>(
    `
    WITH c AS (SELECT c.id FROM "Courier" c JOIN "User" u ON u.id = c."userId" WHERE u.email = 'courier1@atlas.demo'),
         o AS (UPDATE "Order" SET state = 'delivery_completed', "stateChangedAt" = now(), "deliveredAt" = now(), version = version + 1,
                 "assignedCourierId" = (SELECT id FROM c), "deliveryAttempts" = 1
               WHERE id = $1 AND state = 'seller_submitted' RETURNING id, "totalFils")
    INSERT INTO "CodCollection" (id, "orderId", "courierId", "amountFils", currency, "collectedAt", "createdAt")
    SELECT 'e2ecod' || md5(random()::text), o.id, (SELECT id FROM c), o."totalFils", 'AED', now(), now() FROM o
    RETURNING "amountFils" AS total`,
    [orderId],
  );
  expect(rows).toHaveLength(1);
  return rows[0].total;
}

for (const locale of ["en", "ar"] as const) {
  const L = M[locale];

  test(`finance: fee override → handover → statement → invoice → payout approved by a second user and paid → seller sees it (${locale})`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const finance = await as(browser, "finance@atlas.demo", locale);

    // 1. seller1's own service fee: AED 4.00 + 1 % of the COD amount, from now on.
    await finance.goto(`/${locale}/finance/fees`);
    await expect(finance.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await finance.getByTestId("fees-tab-overrides").click();
    const sellerSelect = finance.getByTestId("override-seller");
    await sellerSelect.selectOption(
      (await sellerSelect.locator("option", { hasText: "OASIS" }).first().getAttribute("value"))!,
    );
    await finance.getByTestId("override-serviceAed").fill("4");
    await finance.getByTestId("override-servicePct").fill("1");
    await finance.getByTestId("override-schedule-save").click();
    await expect(finance.getByTestId("override-schedule-message")).toHaveText(L.fees.form.saved);

    // 2. An order of seller1, delivered today by courier1 (cash in courier1's hands).
    const seller = await as(browser, "seller1@atlas.demo", locale);
    const order = await createOrderByForm(
      seller,
      locale,
      `Finance Journey ${locale}`,
      `050 750 000${locale === "en" ? 1 : 2}`,
      { quantity: 1 },
    );
    const cod = await deliveredByCourier1(order.id);

    // 3. courier1 hands over all the cash they hold; received = expected → reconciled.
    await finance.goto(`/${locale}/finance/cod`);
    await finance
      .locator(`[data-testid="outstanding-row"][data-name="Imran Qureshi"]`)
      .getByTestId("outstanding-handover")
      .click();
    await expect(
      finance.locator(`[data-testid="cash-row"][data-code="${order.code}"] [data-testid="cash-select"]`),
    ).toBeChecked();
    const expected = BigInt((await finance.getByTestId("handover-expected").getAttribute("data-value"))!);
    await finance.getByTestId("handover-received").fill(aed(expected));
    await expect(finance.getByTestId("handover-preview")).toHaveAttribute("data-value", "0");
    await finance.getByTestId("handover-submit").click();
    await expect(finance).toHaveURL(new RegExp(`/${locale}/finance/cod/handovers/[a-z0-9]+$`));
    await expect(finance.getByTestId("handover-status")).toHaveText(L.cod.statuses.reconciled);
    await expect(finance.locator(`[data-testid="handover-order"][data-code="${order.code}"]`)).toHaveCount(1);

    // 4. Today's statement of seller1: the order's COD, and its fees charged under the override.
    const [{ id: sellerId }] = await sql<{ id: string }>(`SELECT id FROM "SellerProfile" WHERE code = 'OASIS'`);
    await finance.goto(`/${locale}/finance/statements`);
    await finance.getByTestId("statement-seller").selectOption(sellerId);
    await finance.getByTestId("statement-from").fill(uaeToday());
    await finance.getByTestId("statement-to").fill(uaeToday());
    await finance.getByTestId("statement-show").click();
    await expect(
      finance.locator(`[data-testid="statement-line"][data-order="${order.code}"][data-kind="cod"]`),
    ).toBeVisible();
    await expect(
      finance.locator(`[data-testid="statement-line"][data-order="${order.code}"][data-kind="service_fee"]`),
    ).toBeVisible();
    const [fee] = await sql<{ serviceFils: number; sellerId: string | null }>(
      `SELECT f."serviceFils", s."sellerId" FROM "OrderFee" f JOIN "FeeSchedule" s ON s.id = f."feeScheduleId" WHERE f."orderId" = $1`,
      [order.id],
    );
    expect(fee).toEqual({ serviceFils: 400 + Math.round(cod / 100), sellerId });

    // 5. The invoice, numbered per year.
    await finance.getByTestId("generate-invoice").click();
    await expect(finance).toHaveURL(new RegExp(`/${locale}/finance/invoices/[a-z0-9]+$`));
    const invoiceId = finance.url().split("/").pop()!;
    const number = (await finance.getByTestId("invoice-number").textContent())!.trim();
    expect(number).toMatch(/^INV-\d{4}-\d{5}$/);
    await expect(finance.locator(`[data-testid="invoice-line"][data-order="${order.code}"]`).first()).toBeVisible();

    // 6. Payout: requested by finance, approved by finance2 (four eyes), paid with proof.
    await finance.getByTestId("create-payout").click();
    await expect(finance).toHaveURL(new RegExp(`/${locale}/finance/payouts/[a-z0-9]+$`));
    const payoutId = finance.url().split("/").pop()!;
    await expect(finance.getByTestId("payout-approve")).toHaveCount(0);
    const finance2 = await as(browser, "finance2@atlas.demo", locale);
    await finance2.goto(`/${locale}/finance/payouts/${payoutId}`);
    await finance2.getByTestId("payout-approve").click();
    await expect(finance2.getByTestId("payout-detail")).toHaveAttribute("data-status", "approved");
    await finance.reload();
    await finance.getByTestId("payout-reference").fill(`TRX-JOURNEY-${locale}`);
    await finance
      .getByTestId("payout-proof")
      .setInputFiles({ name: "transfer.pdf", mimeType: "application/pdf", buffer: PDF });
    await finance.getByTestId("payout-pay").click();
    await expect(finance.getByTestId("payout-detail")).toHaveAttribute("data-status", "paid");

    // 7. seller1 sees the invoice and the paid payout.
    await seller.goto(`/${locale}/seller/finance`);
    await seller.locator(`[data-testid="invoice-row"][data-number="${number}"]`).getByTestId("invoice-link").click();
    await expect(seller.getByTestId("invoice-number")).toHaveText(number);
    await expect(seller).toHaveURL(new RegExp(`/seller/finance/invoices/${invoiceId}$`));
    await seller.goto(`/${locale}/seller/finance/payouts/${payoutId}`);
    await expect(seller.getByTestId("payout-detail")).toHaveAttribute("data-status", "paid");
    await expect(seller.getByTestId("payout-status")).toHaveText(L.payouts.status.paid);
  });
}
