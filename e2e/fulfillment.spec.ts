// The whole fulfillment path in the browser, every role on its own screens, in English and in
// Arabic (RTL): the stock keeper receives stock → the call center confirms two orders → the
// packer packs them with scan verification and prints the labels (barcode rendered) → the
// delivery manager dispatches them to a courier → the courier, on a phone, picks them up,
// delivers one with the customer's OTP (read from the SMS the customer received) and reports
// the other refused → the manager confirms both → the seller sees "delivered" (and only then)
// → the refused order comes back as a return, the stock keeper receives and inspects it as
// sellable, and the unit is available again. No SQL shortcuts: only reads to check the ledger.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { sql } from "./db";
import { as, confirmedOrder } from "./flows";
import { signIn, type Locale, M } from "./support";

const SKU = "ATL-OASIS-00001";
const COURIER = {
  en: { email: "courier1@atlas.demo", name: "Imran Qureshi" },
  ar: { email: "courier2@atlas.demo", name: "Hamad Al Ketbi" },
};

/** Available units of the product over all bins, from the ledger's balance rows. */
async function available(): Promise<number> {
  const [r] = await sql<{ n: number }>(
    `SELECT COALESCE(sum(sb."onHand" - sb.reserved), 0)::int AS n FROM "StockBalance" sb
     JOIN "Product" p ON p.id = sb."productId" JOIN "BinLocation" b ON b.id = sb."locationId"
     WHERE p.sku = $1 AND b.kind = 'storage'`,
    [SKU],
  );
  return r.n;
}

async function pack(packer: Page, locale: Locale, order: { id: string; code: string }) {
  await packer.goto(`/${locale}/warehouse/packaging`);
  await packer
    .locator(`[data-testid="packing-row"][data-code="${order.code}"]`)
    .getByTestId("row-start-packing")
    .click();
  await expect(packer).toHaveURL(new RegExp(`/${locale}/warehouse/packaging/orders/${order.id}$`));
  const input = packer.getByTestId("scan-input");
  // A wrong item is refused; the right one is accepted.
  await expect(input).toBeFocused();
  await input.fill("ATL-OASIS-00003");
  await input.press("Enter");
  await expect(packer.getByTestId("scan-station")).toHaveAttribute("data-feedback", "error");
  await input.fill(SKU);
  await input.press("Enter");
  await expect(packer.getByTestId("line-progress")).toHaveText("1 / 1");
  await packer.getByTestId("qc-pass").check({ force: true });
  await packer.getByTestId("qc-save").click();
  await expect(packer.getByTestId("qc-passed")).toBeVisible();
  await packer.getByTestId("complete-packing").click();
  await expect(packer.getByTestId("order-state")).toHaveText(M[locale].states.packaging_completed);

  // The label renders the order code as a barcode; printed, then handed to delivery.
  await packer.getByTestId("open-label").click();
  const label = packer.locator(`[data-testid="shipping-label"][data-code="${order.code}"]`);
  await expect(label.getByTestId("label-barcode").locator("svg path").first()).toBeAttached();
  await packer.getByTestId("mark-printed").click();
  await expect(packer.getByTestId("print-message")).toBeVisible();
  await packer.getByTestId("to-printed-queue").click();
  const row = packer.locator(`[data-testid="packing-row"][data-code="${order.code}"]`);
  await row.getByTestId("row-mark-ready").click();
  await expect(row).toHaveCount(0);
}

async function courierPhone(browser: Browser, locale: Locale): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await ctx.newPage();
  await signIn(page, COURIER[locale].email, locale);
  return page;
}

for (const locale of ["en", "ar"] as const) {
  const L = M[locale];

  test(`fulfillment: stock in → confirmed → packed → dispatched → delivered with OTP → confirmed → seller sees it; refused → returned → restocked (${locale})`, async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    const n = locale === "en" ? 1 : 2;

    // 1. Stock received by the stock keeper.
    const keeper = await as(browser, "stock@atlas.demo", locale);
    await keeper.goto(`/${locale}/warehouse/inventory?q=${SKU}`);
    await expect(keeper.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    const stockRow = keeper.locator(`[data-testid="stock-row"][data-sku="${SKU}"]`).first();
    const bin = (await stockRow.getAttribute("data-bin"))!;
    const onHand = Number(await stockRow.getByTestId("stock-onhand").textContent());
    await keeper.getByTestId("tab-receive").click();
    await keeper.getByTestId("receive-product-code").fill(SKU);
    await keeper.getByTestId("receive-product-code").press("Enter");
    await expect(keeper.getByTestId("receive-product-picked")).toContainText(SKU);
    const binSelect = keeper.getByTestId("receive-bin");
    await binSelect.selectOption((await binSelect.locator("option", { hasText: bin }).first().getAttribute("value"))!);
    await keeper.getByTestId("receive-quantity").fill("2");
    await keeper.getByTestId("receive-submit").click();
    await expect(
      keeper.locator(`[data-testid="stock-row"][data-sku="${SKU}"][data-bin="${bin}"]`).getByTestId("stock-onhand"),
    ).toHaveText(String(onHand + 2));

    // 2. Two orders confirmed by the call center (stock reserved).
    const delivered = await confirmedOrder(browser, locale, `Journey Delivered ${locale}`, `050 810 000${n}`, {
      sku: SKU,
      quantity: 1,
    });
    const refused = await confirmedOrder(browser, locale, `Journey Refused ${locale}`, `050 820 000${n}`, {
      sku: SKU,
      quantity: 1,
    });

    // 3. Packed with scan verification, labels printed, ready for delivery.
    const packer = await as(browser, "packer@atlas.demo", locale);
    await pack(packer, locale, delivered);
    await pack(packer, locale, refused);
    const afterPacking = await available();

    // 4. Dispatched to the courier in one go.
    const manager = await as(browser, "dmanager@atlas.demo", locale);
    await manager.goto(`/${locale}/delivery/manager?emirate=dubai`);
    for (const o of [delivered, refused]) {
      await manager.locator(`[data-testid="ready-row"][data-code="${o.code}"]`).getByTestId("ready-select").check();
    }
    const courierSelect = manager.getByTestId("dispatch-target");
    await courierSelect.selectOption(
      (await courierSelect.locator("option", { hasText: COURIER[locale].name }).first().getAttribute("value"))!,
    );
    await manager.getByTestId("dispatch-selected").click();
    await expect(manager.getByTestId("dispatch-message")).toBeVisible();
    await expect(manager.locator(`[data-testid="ready-row"][data-code="${delivered.code}"]`)).toHaveCount(0);

    // The customer's OTP, as texted (the dev outbox shows queued SMS).
    await manager.goto(`/${locale}/dev-outbox`);
    const sms = await manager
      .getByTestId("outbox-sms")
      .filter({ hasText: delivered.code })
      .first()
      .locator("pre")
      .innerText();
    const otp = /\b(\d{6})\b/.exec(sms)?.[1];
    expect(otp, "OTP in the customer's text").toBeTruthy();

    // 5. The courier, on a phone: pick-up scan, delivered with the OTP, the other refused.
    const courier = await courierPhone(browser, locale);
    await expect(courier.getByTestId("dashboard-courier")).toBeVisible();
    for (const o of [delivered, refused]) {
      await courier.getByTestId("pickup-input").fill(o.code);
      await courier.getByTestId("pickup-input").press("Enter");
      await expect(
        courier.locator(`[data-testid="stop-card"][data-code="${o.code}"] [data-testid="stop-picked"]`),
      ).toBeVisible();
    }
    await courier.locator(`[data-testid="stop-card"][data-code="${delivered.code}"]`).click();
    await courier.getByTestId("outcome-delivered").click();
    await courier.getByTestId("otp-input").fill(otp!);
    await courier.getByTestId("report-submit").click();
    await expect(courier.getByTestId("stop-waiting")).toHaveText(L.courier.stop.waiting);

    await courier.goto(`/${locale}/delivery/courier`);
    await courier.locator(`[data-testid="stop-card"][data-code="${refused.code}"]`).click();
    await courier.getByTestId("outcome-refused").click();
    await courier.getByTestId("refuse-text").fill(locale === "en" ? "Customer changed their mind" : "غيّر العميل رأيه");
    await courier.getByTestId("report-submit").click();
    await expect(courier.getByTestId("stop-waiting")).toHaveText(L.courier.stop.waiting);

    // Before the manager confirms, the seller still sees "shipped", never the courier's report.
    const seller = await as(browser, "seller1@atlas.demo", locale);
    await seller.goto(delivered.url);
    await expect(seller.getByTestId("order-status").first()).toHaveText(L.sellerStatus.shipped);

    // 6. The manager confirms both reports.
    await manager.goto(`/${locale}/delivery/manager/confirmations`);
    const attemptOf = (code: string) => manager.locator(`[data-testid="attempt-row"][data-code="${code}"]`);
    await expect(attemptOf(delivered.code).getByTestId("otp-verified")).toBeVisible();
    await attemptOf(delivered.code).getByTestId("attempt-confirm").click();
    await expect(attemptOf(delivered.code)).toHaveCount(0);
    await attemptOf(refused.code).getByTestId("attempt-confirm").click();
    await expect(attemptOf(refused.code)).toHaveCount(0);

    // 7. Now the seller sees "delivered"; the refused order is on its way back.
    await seller.goto(delivered.url);
    await expect(seller.getByTestId("order-status").first()).toHaveText(L.sellerStatus.delivered);
    await seller.goto(refused.url);
    await expect(seller.getByTestId("order-status").first()).toHaveText(L.sellerStatus.returned);

    // 8. The return is received and inspected as sellable: the unit is available again.
    await keeper.goto(`/${locale}/warehouse/returns?view=incoming&q=${encodeURIComponent(refused.code)}`);
    const ret = keeper.locator(`[data-testid="return-row"]`).filter({ hasText: refused.code });
    const returnCode = (await ret.getAttribute("data-code"))!;
    expect(returnCode).toMatch(/^RET\d{9}$/);
    await ret.getByTestId("receive-one").click();
    await expect(ret).toHaveCount(0);
    await keeper.goto(`/${locale}/warehouse/returns?view=received&q=${returnCode}`);
    await keeper.locator(`[data-testid="return-row"][data-code="${returnCode}"]`).getByTestId("open-return").click();
    await keeper.getByTestId("result-sellable").check();
    const target = keeper.getByTestId("inspect-bin");
    await target.selectOption((await target.locator("option", { hasText: bin }).first().getAttribute("value"))!);
    await keeper.getByTestId("inspect-submit").click();
    await expect(keeper.getByTestId("return-inspection").getByTestId("inspection-result")).toHaveText(
      L.returns.result.sellable,
    );
    expect(await available()).toBe(afterPacking + 1);

    // The seller sees its return, inspected.
    await seller.goto(`/${locale}/seller/returns`);
    await expect(
      seller.locator(`[data-testid="seller-return-row"][data-code="${returnCode}"] [data-testid="inspection-result"]`),
    ).toHaveText(L.returns.result.sellable);
  });
}
