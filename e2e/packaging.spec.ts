// Packaging journeys in English and Arabic: a confirmed order is packed by scanning (a wrong
// item and an over-scan are refused), weighed and checked, completed; its shipping label shows
// the order-code barcode and bilingual captions, is marked printed and the order handed to
// delivery. Pages of orders outside the packer's scope, and a stock keeper's view, are 404.
import { expect, test, type Page } from "@playwright/test";
import { as, confirmedOrder } from "./flows";
import { type Locale, M, fill } from "./support";

const SKU = "ATL-OASIS-00003";
const WRONG = "ATL-OASIS-00002";

async function scan(page: Page, code: string) {
  const input = page.getByTestId("scan-input");
  await expect(input).toBeFocused();
  await input.fill(code);
  await input.press("Enter");
}

for (const locale of ["en", "ar"] as const) {
  const L = M[locale].packaging;

  test(`packaging: scan-to-verify, QC, complete, label printed, ready for delivery (${locale})`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const n = locale === "en" ? 1 : 2;
    const order = await confirmedOrder(browser, locale, `Pack Customer ${locale}`, `050 710 000${n}`, {
      sku: SKU,
      quantity: 2,
    });

    const packer = await as(browser, "packer@atlas.demo", locale);
    await packer.goto(`/${locale}/warehouse/packaging`);
    await expect(packer.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(packer.getByTestId("dashboard-packaging")).toBeVisible();
    const row = packer.locator(`[data-testid="packing-row"][data-code="${order.code}"]`);
    await expect(row).toHaveCount(1);

    // Pick list of the selected order: the bin of the product.
    await row.getByTestId("packing-select").check();
    await packer.getByTestId("bulk-pick-list").click();
    await expect(packer.getByTestId("pick-line").filter({ hasText: SKU })).toHaveCount(1);
    await expect(packer.getByTestId("pick-line").filter({ hasText: SKU }).getByTestId("pick-qty")).toHaveText("2");
    await packer.goBack();

    await packer
      .locator(`[data-testid="packing-row"][data-code="${order.code}"]`)
      .getByTestId("row-start-packing")
      .click();
    await expect(packer).toHaveURL(new RegExp(`/${locale}/warehouse/packaging/orders/${order.id}$`));
    await expect(packer.getByTestId("order-state")).toHaveText(M[locale].states.packaging_in_progress);

    // A wrong item is refused (red, message) and nothing counts.
    await scan(packer, WRONG);
    await expect(packer.getByTestId("scan-refused")).toHaveText(fill(L.scan.refused.wrong_item, { code: WRONG }));
    await expect(packer.getByTestId("scan-station")).toHaveAttribute("data-feedback", "error");
    await expect(packer.getByTestId("line-progress")).toHaveText("0 / 2");

    // The right item twice; the input stays focused for the next scan.
    await scan(packer, SKU);
    await expect(packer.getByTestId("scan-ok")).toHaveText(fill(L.scan.ok, { sku: SKU }));
    await expect(packer.getByTestId("line-progress")).toHaveText("1 / 2");
    await scan(packer, SKU);
    await expect(packer.getByTestId("line-progress")).toHaveText("2 / 2");
    await expect(packer.getByTestId("scan-station")).toHaveAttribute("data-done", "1");
    // One more is an over-scan.
    await scan(packer, SKU);
    await expect(packer.getByTestId("scan-refused")).toHaveText(fill(L.scan.refused.over_scan, { code: SKU }));
    await expect(packer.getByTestId("line-progress")).toHaveText("2 / 2");

    // Completing before QC is refused.
    await expect(packer.getByTestId("complete-packing")).toBeDisabled();

    // Packing record: material, weight, dimensions.
    await packer.getByTestId("add-material").click();
    await packer.getByTestId("material-0").selectOption("box_m");
    await packer.getByTestId("pack-weightGrams").fill("abc");
    await packer.getByTestId("save-packing-details").click();
    await expect(packer.getByText(M[locale].validation.packaging.weight_invalid)).toBeVisible();
    await packer.getByTestId("pack-weightGrams").fill("1250");
    await packer.getByTestId("pack-lengthMm").fill("300");
    await packer.getByTestId("pack-widthMm").fill("200");
    await packer.getByTestId("pack-heightMm").fill("120");
    await packer.getByTestId("save-packing-details").click();
    await expect(packer.getByTestId("packing-details-message")).toHaveText(L.details.saved);

    // QC passed, then complete.
    await packer.getByTestId("qc-pass").check({ force: true });
    await packer.getByTestId("qc-save").click();
    await expect(packer.getByTestId("qc-passed")).toBeVisible();
    await packer.getByTestId("complete-packing").click();
    await expect(packer.getByTestId("order-state")).toHaveText(M[locale].states.packaging_completed);
    await expect(packer.getByTestId("packing-completed")).toBeVisible();
    await expect(packer.getByTestId("label-status")).toHaveText(L.order.labelNotPrinted);

    // The shipping label: Code 128 barcode of the order code, COD, customer, both languages.
    await packer.getByTestId("open-label").click();
    const label = packer.locator(`[data-testid="shipping-label"][data-code="${order.code}"]`);
    await expect(label).toBeVisible();
    await expect(label.getByTestId("label-barcode").locator("svg")).toBeVisible();
    await expect(label.getByTestId("label-barcode").locator("svg path").first()).toBeAttached();
    await expect(label.getByTestId("label-customer")).toHaveText(`Pack Customer ${locale}`);
    await expect(label.getByTestId("label-phone")).toHaveText(`+97150710000${n}`);
    await expect(label.getByTestId("label-address")).toContainText("Sheikh Zayed Road");
    await expect(label.getByTestId("label-items")).toHaveText("2");
    await expect(label.getByTestId("label-cod")).toContainText("318.00");
    await expect(label.locator('[dir="rtl"]', { hasText: M.ar.packaging.label.cod })).toBeVisible();
    await expect(label.locator('[dir="ltr"]', { hasText: M.en.packaging.label.cod })).toBeVisible();

    // Not printed yet: the queue refuses to hand it over (bulk, ticked), then it is marked printed.
    await packer.goto(`/${locale}/warehouse/packaging?tab=to_print`);
    await packer
      .locator(`[data-testid="packing-row"][data-code="${order.code}"]`)
      .getByTestId("packing-select")
      .check();
    await packer.getByTestId("bulk-mark-ready").click();
    await expect(packer.getByTestId("packing-queue-message")).toHaveText(fill(L.ready, { ready: "0", skipped: "1" }));
    await packer.goBack();
    await expect(packer.getByTestId("shipping-label")).toHaveCount(1);
    await packer.getByTestId("mark-printed").click();
    await expect(packer.getByTestId("print-message")).toHaveText(fill(L.printed, { printed: "1", skipped: "0" }));
    await packer.getByTestId("mark-printed").click();
    await expect(packer.getByTestId("print-message")).toHaveText(fill(L.printed, { printed: "0", skipped: "1" }));

    // Printed orders are handed to delivery from the queue.
    await packer.getByTestId("to-printed-queue").click();
    const printedRow = packer.locator(`[data-testid="packing-row"][data-code="${order.code}"]`);
    await printedRow.getByTestId("row-mark-ready").click();
    await expect(printedRow).toHaveCount(0);

    // Handed over: gone from the packer's pages.
    const res = await packer.goto(`/${locale}/warehouse/packaging/orders/${order.id}`);
    expect(res?.status()).toBe(404);
  });
}

test("packaging: a stock keeper (labels.print, no packaging.pack) and a seller get 404 on a packer's order pages", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const order = await confirmedOrder(browser, "en", "Pack Scope Customer", "050 710 0009", { sku: SKU, quantity: 2 });
  for (const email of ["stock@atlas.demo", "seller1@atlas.demo"]) {
    const page = await as(browser, email, "en");
    for (const path of [
      `/en/warehouse/packaging/labels?ids=${order.id}`,
      `/en/warehouse/packaging/orders/${order.id}`,
      `/en/warehouse/packaging/slips?ids=${order.id}`,
    ]) {
      const res = await page.goto(path);
      expect(res?.status(), `${email} ${path}`).toBe(404);
    }
    await page.context().close();
  }
  // The packer sees it; a list with a bogus id next to it is 404 as a whole.
  const packer = await as(browser, "packer@atlas.demo", "en");
  expect((await packer.goto(`/en/warehouse/packaging/slips?ids=${order.id}`))?.status()).toBe(200);
  await expect(packer.getByTestId("slip-line").filter({ hasText: SKU })).toHaveCount(1);
  expect((await packer.goto(`/en/warehouse/packaging/labels?ids=${order.id},nope-not-an-order`))?.status()).toBe(404);
});
