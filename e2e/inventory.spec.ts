// Inventory journeys in English and Arabic: the stock keeper receives stock into a bin (by
// scanning the SKU), transfers between bins, posts an adjustment (the reason is required),
// sets a minimum level and finds the product on the low-stock list, then prints labels.
import { expect, test, type Page } from "@playwright/test";
import { as } from "./flows";
import { type Locale, M } from "./support";

// A demo product no other journey orders, so its balances only move here.
const SKU = "ATL-GULF-00002";
const BIN = "B-01-02";
const OTHER_BIN = "A-01-04";

async function row(page: Page, bin: string) {
  const r = page.locator(`[data-testid="stock-row"][data-sku="${SKU}"][data-bin="${bin}"]`);
  if ((await r.count()) === 0) return { onHand: 0, available: 0 };
  return {
    onHand: Number(await r.getByTestId("stock-onhand").textContent()),
    available: Number(await r.getByTestId("stock-available").textContent()),
  };
}

async function expectRow(page: Page, bin: string, expected: { onHand: number; available: number }) {
  const r = page.locator(`[data-testid="stock-row"][data-sku="${SKU}"][data-bin="${bin}"]`);
  await expect(r.getByTestId("stock-onhand")).toHaveText(String(expected.onHand));
  await expect(r.getByTestId("stock-available")).toHaveText(String(expected.available));
}

async function pickProduct(page: Page, form: "receive" | "transfer" | "adjust") {
  await page.getByTestId(`${form}-product-code`).fill(SKU);
  await page.getByTestId(`${form}-product-code`).press("Enter"); // what a keyboard-wedge scanner does
  await expect(page.getByTestId(`${form}-product-picked`)).toContainText(SKU);
}

async function chooseBin(page: Page, testId: string, code: string) {
  const select = page.getByTestId(testId);
  const value = await select.locator("option", { hasText: code }).first().getAttribute("value");
  await select.selectOption(value!);
}

for (const locale of ["en", "ar"] as const) {
  const L = M[locale];

  test(`inventory: receive, transfer, adjust, low stock and labels (${locale})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await as(browser, "stock@atlas.demo", locale);
    await page.goto(`/${locale}/warehouse/inventory?q=${SKU}`);
    await expect(page.getByTestId("dashboard-inventory")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    const start = await row(page, BIN);
    const startOther = await row(page, OTHER_BIN);

    // Receive 5 units into the bin.
    await page.getByTestId("tab-receive").click();
    await pickProduct(page, "receive");
    await chooseBin(page, "receive-bin", BIN);
    await page.getByTestId("receive-quantity").fill("5");
    await page.getByTestId("receive-submit").click();
    await expect(page.getByTestId("movement-message")).toContainText(SKU);
    await expectRow(page, BIN, { onHand: start.onHand + 5, available: start.available + 5 });

    // Transfer 2 of them to another bin.
    await page.getByTestId("tab-transfer").click();
    await pickProduct(page, "transfer");
    await chooseBin(page, "transfer-fromBin", BIN);
    await chooseBin(page, "transfer-toBin", OTHER_BIN);
    await page.getByTestId("transfer-quantity").fill("2");
    await page.getByTestId("transfer-submit").click();
    await expect(page.getByTestId("movement-message")).toContainText(SKU);
    await expectRow(page, BIN, { onHand: start.onHand + 3, available: start.available + 3 });
    await expectRow(page, OTHER_BIN, { onHand: startOther.onHand + 2, available: startOther.available + 2 });

    // An adjustment without a reason is refused with the translated message; with one it posts.
    await page.getByTestId("tab-adjust").click();
    await pickProduct(page, "adjust");
    await chooseBin(page, "adjust-bin", BIN);
    await page.getByTestId("adjust-quantity").fill("-1");
    await page.getByTestId("adjust-submit").click();
    await expect(page.getByTestId("adjust-form").getByText(L.validation.reason_required)).toBeVisible();
    await expectRow(page, BIN, { onHand: start.onHand + 3, available: start.available + 3 });
    await page.getByTestId("adjust-reason").fill("Crushed box found on the shelf");
    await page.getByTestId("adjust-submit").click();
    await expect(page.getByTestId("movement-message")).toContainText(SKU);
    await expectRow(page, BIN, { onHand: start.onHand + 2, available: start.available + 2 });

    // The product page shows the history; a minimum above what is available puts it on the low-stock list.
    await page.locator(`[data-testid="stock-row"][data-bin="${BIN}"]`).getByTestId("stock-product").click();
    await expect(page.getByTestId("inventory-product")).toBeVisible();
    await expect(
      page.locator('[data-testid="movement-row"][data-type="adjustment"]').first().getByTestId("movement-reason"),
    ).toContainText("Crushed box found on the shelf");
    await expect(page.locator('[data-testid="movement-row"][data-type="transfer_out"]').first()).toBeVisible();
    const available = Number(await page.getByTestId("total-available").textContent());
    await page.getByTestId("min-stock").fill(String(available + 10));
    await page.getByTestId("max-stock").fill(String(available + 100));
    await page.getByTestId("levels-submit").click();
    await expect(page.getByTestId("levels-message")).toHaveText(L.inventory.levels.saved);
    await expect(page.getByTestId("product-min")).toHaveText(String(available + 10));

    await page.goto(`/${locale}/warehouse/inventory/low-stock`);
    const low = page.locator(`[data-testid="low-stock-row"][data-sku="${SKU}"]`);
    await expect(low).toHaveCount(1);
    await expect(low.getByTestId("low-stock-min")).toHaveText(String(available + 10));
    await expect(low.getByTestId("low-stock-available")).toHaveText(String(available));
    await low.getByRole("link", { name: SKU }).click();

    // Clearing the minimum resolves the alert (and leaves the demo data as it was for the next run).
    await page.getByTestId("min-stock").fill("");
    await page.getByTestId("max-stock").fill("");
    await page.getByTestId("levels-submit").click();
    await expect(page.getByTestId("levels-message")).toHaveText(L.inventory.levels.saved);
    await page.goto(`/${locale}/warehouse/inventory/low-stock`);
    await expect(page.locator(`[data-testid="low-stock-row"][data-sku="${SKU}"]`)).toHaveCount(0);

    // Labels: the product's Code 128, and a bin's Code 128 + QR.
    await page.goBack();
    await page.getByTestId("product-label").click();
    await expect(page.getByTestId("inventory-labels")).toBeVisible();
    await expect(
      page.locator(`[data-testid="product-label-card"][data-sku="${SKU}"] [data-testid="barcode-svg"] svg`),
    ).toBeVisible();
    await expect(page.getByTestId("print-labels")).toHaveText(L.inventory.labels.print);

    await page.goto(`/${locale}/warehouse/inventory/bins`);
    await page.locator(`[data-testid="bin-row"][data-code="${BIN}"]`).getByTestId("bin-label").click();
    const card = page.locator(`[data-testid="bin-label-card"][data-code="${BIN}"]`);
    await expect(card.locator('[data-testid="barcode-svg"] svg')).toBeVisible();
    await expect(card.locator('[data-testid="qr-svg"] svg')).toBeVisible();

    // Something outside the keeper's scope (an unknown id) is a 404.
    const res = await page.goto(`/${locale}/warehouse/inventory/labels?bins=not-a-bin`);
    expect(res?.status()).toBe(404);
  });
}

test("a packer sees stock but has no movement forms, and a seller gets a 404 (en)", async ({ browser }) => {
  const packer = await as(browser, "packer@atlas.demo", "en");
  await packer.goto(`/en/warehouse/inventory?q=${SKU}`);
  await expect(packer.getByTestId("dashboard-inventory")).toBeVisible();
  await expect(packer.getByTestId("movement-forms")).toHaveCount(0);
  const seller = await as(browser, "seller1@atlas.demo", "en");
  const res = await seller.goto("/en/warehouse/inventory");
  expect(res?.status()).toBe(404);
});
