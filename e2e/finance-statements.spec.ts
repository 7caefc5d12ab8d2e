// Seller statements → invoice → payout journeys in English and Arabic: finance opens seller1's
// statement for a past month (delivered orders prepared with their confirmed COD and fees),
// generates the invoice, prints the bilingual invoice page, requests the payout; finance2
// approves it (four eyes); finance marks it paid with a proof file. seller1 sees the invoice,
// its printable page and the paid payout with its proof; seller2 gets 404 on all of them.
import { expect, test } from "@playwright/test";
import { sql } from "./db";
import { PDF, as, createOrderByForm } from "./flows";
import { type Locale, M } from "./support";

/** A past month per language, so the two journeys never invoice each other's orders. */
const PERIOD = {
  en: { from: "2026-02-01", to: "2026-02-28", day: "2026-02-10" },
  ar: { from: "2026-03-01", to: "2026-03-31", day: "2026-03-10" },
};

/**
 * Stands in for packing, delivery and the delivery manager's confirmation: the order is
 * delivered on `day` (UAE noon), the confirmed cash collection is recorded as the confirmation
 * writes it, and its OrderFee as the fee schedule would have charged it.
 */
async function deliver(orderId: string, day: string, codFils: number) {
  const at = `${day}T08:00:00Z`;
  const moved = await sql(
    `UPDATE "Order" SET state = 'delivery_completed', version = version + 1, "stateChangedAt" = $2, "deliveredAt" = $2, "deliveryAttempts" = 1
     WHERE id = $1 AND state = 'seller_submitted' RETURNING id`,
    [orderId, at],
  );
  expect(moved).toHaveLength(1);
  await sql(
    `INSERT INTO "CodCollection" (id, "orderId", "amountFils", currency, "collectedAt", "createdAt") VALUES ('e2ecod' || md5(random()::text), $1, $2, 'AED', $3, now())`,
    [orderId, codFils, at],
  );
  await sql(
    `INSERT INTO "OrderFee" (id, "orderId", "feeScheduleId", "serviceFils", "fulfillmentFils", "deliveryFils", "codFeeFils", "returnFeeFils", "totalFils", "createdAt", "updatedAt")
     VALUES ('e2efee' || md5(random()::text), $1, (SELECT id FROM "FeeSchedule" WHERE "sellerId" IS NULL ORDER BY "effectiveFrom" DESC LIMIT 1), 500, 300, 1500, 250, 0, 2550, now(), now())`,
    [orderId],
  );
}

for (const locale of ["en", "ar"] as const) {
  const L = M[locale];
  const P = PERIOD[locale];

  test(`finance statements: invoice, print, payout approved by another user and paid; sellers see only their own (${locale})`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const n = locale === "en" ? 1 : 2;
    const seller1 = await as(browser, "seller1@atlas.demo", locale);
    const o1 = await createOrderByForm(seller1, locale, `Statement One ${locale}`, `050 730 000${n}`, { quantity: 1 });
    const o2 = await createOrderByForm(seller1, locale, `Statement Two ${locale}`, `050 740 000${n}`, { quantity: 1 });
    await deliver(o1.id, P.day, 24_900);
    await deliver(o2.id, P.day, 15_000);
    const [{ id: sellerId }] = await sql<{ id: string }>(`SELECT id FROM "SellerProfile" WHERE code = 'OASIS'`);

    // Finance: the statement of seller1 for the month, chosen on the page.
    const finance = await as(browser, "finance@atlas.demo", locale);
    await finance.goto(`/${locale}/finance/statements`);
    await expect(finance.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(finance.getByTestId("statement-choose")).toBeVisible();
    await finance.getByTestId("statement-seller").selectOption(sellerId);
    await finance.getByTestId("statement-from").fill(P.from);
    await finance.getByTestId("statement-to").fill(P.to);
    await finance.getByTestId("statement-show").click();
    await expect(finance.getByTestId("statement-lines")).toBeVisible();
    for (const o of [o1, o2]) {
      await expect(
        finance.locator(`[data-testid="statement-line"][data-order="${o.code}"][data-kind="cod"]`),
      ).toBeVisible();
      await expect(
        finance.locator(`[data-testid="statement-line"][data-order="${o.code}"][data-kind="service_fee"]`),
      ).toContainText(L.statements.kinds.service_fee);
    }
    const payable = await finance.getByTestId("total-payable").getAttribute("data-fils");
    expect(BigInt(payable!)).toBeGreaterThanOrEqual(24_900n + 15_000n - 2n * 2_550n);

    // Generate the invoice: issued, numbered INV-YYYY-NNNNN.
    await finance.getByTestId("generate-invoice").click();
    await expect(finance).toHaveURL(new RegExp(`/${locale}/finance/invoices/[a-z0-9]+$`));
    const invoiceId = finance.url().split("/").pop()!;
    const number = (await finance.getByTestId("invoice-number").textContent())!.trim();
    expect(number).toMatch(/^INV-\d{4}-\d{5}$/);
    await expect(finance.getByTestId("invoice-detail")).toHaveAttribute("data-status", "issued");
    await expect(finance.getByTestId("invoice-status")).toHaveText(L.invoices.status.issued);
    await expect(finance.locator(`[data-testid="invoice-line"][data-order="${o1.code}"]`).first()).toBeVisible();
    // The statement has nothing left for the month.
    await finance.goto(`/${locale}/finance/statements?sellerId=${sellerId}&from=${P.from}&to=${P.to}`);
    await expect(finance.getByTestId("statement-empty")).toBeVisible();

    // The printable invoice: English block, Arabic block (rtl), amounts, a working Print button.
    await finance.goto(`/${locale}/finance/invoices/${invoiceId}`);
    await finance.getByTestId("invoice-print-link").click();
    await expect(finance).toHaveURL(new RegExp(`/finance/invoices/${invoiceId}/print$`));
    await expect(finance.getByTestId("invoice-block-en")).toHaveAttribute("dir", "ltr");
    await expect(finance.getByTestId("invoice-block-ar")).toHaveAttribute("dir", "rtl");
    await expect(finance.getByTestId("invoice-number-en")).toHaveText(number);
    await expect(finance.getByTestId("invoice-number-ar")).toHaveText(number);
    await expect(finance.getByTestId("invoice-block-en")).toContainText(M.en.invoices.print.title);
    await expect(finance.getByTestId("invoice-block-ar")).toContainText(M.ar.invoices.print.title);
    await expect(finance.getByTestId("invoice-payable-en")).toContainText("AED");
    await finance.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    await finance.getByTestId("invoice-print").click();
    expect(await finance.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);

    // Request the payout; the requester cannot approve it.
    await finance.goto(`/${locale}/finance/invoices/${invoiceId}`);
    await finance.getByTestId("create-payout").click();
    await expect(finance).toHaveURL(new RegExp(`/${locale}/finance/payouts/[a-z0-9]+$`));
    const payoutUrl = new URL(finance.url()).pathname;
    const payoutId = payoutUrl.split("/").pop()!;
    await expect(finance.getByTestId("payout-number")).toHaveText(/^PAY-\d{4}-\d{5}$/);
    await expect(finance.getByTestId("payout-detail")).toHaveAttribute("data-status", "requested");
    await expect(finance.getByTestId("payout-needs-other-approver")).toBeVisible();
    await expect(finance.getByTestId("payout-approve")).toHaveCount(0);

    // finance2 approves.
    const finance2 = await as(browser, "finance2@atlas.demo", locale);
    await finance2.goto(`/${locale}/finance/payouts/${payoutId}`);
    await finance2.getByTestId("payout-approve").click();
    await expect(finance2.getByTestId("payout-detail")).toHaveAttribute("data-status", "approved");

    // finance marks it paid: proof required, then with the transfer slip.
    await finance.reload();
    await expect(finance.getByTestId("payout-detail")).toHaveAttribute("data-status", "approved");
    await finance.getByTestId("payout-reference").fill(`TRX-${locale}-0042`);
    await finance.getByTestId("payout-pay").click();
    await expect(finance.getByTestId("payout-pay-form")).toContainText(L.validation.payouts.proof_required);
    await finance
      .getByTestId("payout-proof")
      .setInputFiles({ name: "transfer.pdf", mimeType: "application/pdf", buffer: PDF });
    await finance.getByTestId("payout-pay").click();
    await expect(finance.getByTestId("payout-detail")).toHaveAttribute("data-status", "paid");
    await expect(finance.getByTestId("payout-status")).toHaveText(L.payouts.status.paid);
    const proofHref = await finance.getByTestId("payout-proof-link").getAttribute("href");
    expect(proofHref).toMatch(/^\/api\/files\/[a-z0-9]+$/);
    await finance.goto(`/${locale}/finance/invoices/${invoiceId}`);
    await expect(finance.getByTestId("invoice-detail")).toHaveAttribute("data-status", "paid");

    // seller1: the invoice in its list, its detail and print page, the paid payout and its proof.
    await seller1.goto(`/${locale}/seller/finance`);
    await expect(seller1.locator(`[data-testid="invoice-row"][data-number="${number}"]`)).toBeVisible();
    await seller1.locator(`[data-testid="invoice-row"][data-number="${number}"]`).getByTestId("invoice-link").click();
    await expect(seller1).toHaveURL(new RegExp(`/${locale}/seller/finance/invoices/${invoiceId}$`));
    await expect(seller1.getByTestId("invoice-number")).toHaveText(number);
    await seller1.getByTestId("invoice-print-link").click();
    await expect(seller1.getByTestId("invoice-block-ar")).toHaveAttribute("dir", "rtl");
    await seller1.goto(`/${locale}/seller/finance?tab=payouts`);
    const payoutRow = seller1
      .locator('[data-testid="payout-row"]')
      .filter({ has: seller1.locator(`a[href$="/seller/finance/payouts/${payoutId}"]`) });
    await expect(payoutRow.getByTestId("payout-status")).toHaveText(L.payouts.status.paid);
    await expect(payoutRow.getByTestId("payout-paid-at")).not.toHaveText("—");
    await seller1.goto(`/${locale}/seller/finance/payouts/${payoutId}`);
    await expect(seller1.getByTestId("payout-detail")).toHaveAttribute("data-status", "paid");
    expect(await seller1.getByTestId("payout-proof-link").getAttribute("href")).toBe(proofHref);
    const ownProof = await seller1.request.get(proofHref!);
    expect(ownProof.status()).toBe(200);
    expect((await ownProof.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // seller2: 404 on seller1's invoice, its print page, the payout and the proof.
    const seller2 = await as(browser, "seller2@atlas.demo", locale);
    for (const path of [
      `/seller/finance/invoices/${invoiceId}`,
      `/seller/finance/invoices/${invoiceId}/print`,
      `/seller/finance/payouts/${payoutId}`,
    ]) {
      const res = await seller2.goto(`/${locale}${path}`);
      expect(res?.status(), path).toBe(404);
    }
    expect((await seller2.request.get(proofHref!)).status()).toBe(404);
    await seller2.goto(`/${locale}/seller/finance`);
    await expect(seller2.locator(`[data-testid="invoice-row"][data-number="${number}"]`)).toHaveCount(0);
    // And a seller never reaches the finance desk.
    expect((await seller2.goto(`/${locale}/finance/invoices/${invoiceId}`))?.status()).toBe(404);
  });
}
