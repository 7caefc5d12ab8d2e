import { expect, test, type Browser, type Page } from "@playwright/test";
import { as, createProduct } from "./flows";

// Catalogue journeys: a seller creates a product, an admin decides, the seller sees the
// outcome; another seller cannot open it; CSV import reports bad lines and imports the rest.

test("catalogue: seller creates a product with an image, admin approves it, another seller gets 404 (en)", async ({
  browser,
}) => {
  const name = `E2E Oud ${Date.now()}`;
  const seller = await as(browser, "seller1@atlas.demo", "en");
  const { id, sku } = await createProduct(seller, "en", name, true);
  await expect(seller.getByTestId("product-status")).toHaveText("Pending review");
  await expect(seller.getByTestId("product-barcode")).toHaveText(sku);
  await expect(seller.getByTestId("product-image")).toHaveCount(1);
  await expect(seller.getByTestId("product-image")).toHaveAttribute("src", /^\/api\/files\/[a-z0-9]+$/);
  // In the list, searchable by SKU, still pending.
  await seller.goto(`/en/seller/products?q=${sku}`);
  await expect(seller.getByTestId("product-row")).toHaveCount(1);
  await expect(seller.getByTestId("product-row").getByTestId("product-status")).toHaveText("Pending review");

  const admin = await as(browser, "admin@atlas.demo", "en");
  await admin.goto("/en/admin/products");
  const row = admin.locator(`[data-testid="queue-row"][data-sku="${sku}"]`);
  await expect(row).toBeVisible();
  await row.getByRole("link").click();
  await expect(admin.getByTestId("purchase-price")).toContainText("4.75");
  await expect(admin.getByTestId("product-image")).toHaveCount(1);
  await admin.getByTestId("approve-product").click();
  await expect(admin.getByTestId("decision-message")).toHaveText("Decision saved.");
  await expect(admin.getByTestId("product-status")).toHaveText("Approved");
  await admin.goto("/en/admin/products");
  await expect(admin.locator(`[data-testid="queue-row"][data-sku="${sku}"]`)).toHaveCount(0);

  await seller.goto(`/en/seller/products/${id}`);
  await expect(seller.getByTestId("product-status")).toHaveText("Approved");
  await expect(seller.getByTestId("review-notice")).toContainText("sends it back");

  // The other seller: the edit URL of seller1's product is a 404 with nothing of it.
  const other = await as(browser, "seller2@atlas.demo", "en");
  const res = await other.goto(`/en/seller/products/${id}`);
  expect(res?.status()).toBe(404);
  await expect(other.getByTestId("not-found")).toBeVisible();
  await expect(other.locator("body")).not.toContainText(name);
  await expect(other.locator("body")).not.toContainText(sku);
  await other.goto(`/en/seller/products?q=${sku}`);
  await expect(other.getByTestId("product-row")).toHaveCount(0);
  // The image route applies the same rule: the owner and the admin get the PNG, seller2 a 404.
  const src = (await seller.getByTestId("product-image").getAttribute("src"))!;
  const own = await seller.request.get(src);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toContain("image/png");
  expect((await admin.request.get(src)).status()).toBe(200);
  expect((await other.request.get(src)).status()).toBe(404);
});

test("catalogue: admin rejects with a reason and the seller reads it; 404 for another seller (ar)", async ({
  browser,
}) => {
  const name = `E2E Musk ${Date.now()}`;
  const seller = await as(browser, "seller1@atlas.demo", "ar");
  const { id, sku } = await createProduct(seller, "ar", name, false);
  await expect(seller.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(seller.getByTestId("product-status")).toHaveText("بانتظار المراجعة");
  await expect(seller.getByTestId("product-sku")).toHaveAttribute("dir", "ltr");

  const admin = await as(browser, "admin@atlas.demo", "ar");
  await admin.goto(`/ar/admin/products/${id}`);
  await expect(admin.locator("html")).toHaveAttribute("dir", "rtl");
  // A reason is required.
  await admin.getByTestId("reject-product").click();
  await expect(admin.getByText("اكتب السبب")).toBeVisible();
  await admin.getByTestId("reject-reason").fill("الصورة غير واضحة");
  await admin.getByTestId("reject-product").click();
  await expect(admin.getByTestId("decision-message")).toHaveText("تم حفظ القرار.");

  await seller.goto(`/ar/seller/products/${id}`);
  await expect(seller.getByTestId("product-status")).toHaveText("مرفوض");
  await expect(seller.getByTestId("rejection-reason")).toHaveText("الصورة غير واضحة");

  const other = await as(browser, "seller2@atlas.demo", "ar");
  const res = await other.goto(`/ar/seller/products/${id}`);
  expect(res?.status()).toBe(404);
  await expect(other.locator("body")).not.toContainText(sku);
});

for (const locale of ["en", "ar"] as const) {
  test(`catalogue: CSV import reports the bad line and imports the rest (${locale})`, async ({ browser }) => {
    const seller = await as(browser, "seller1@atlas.demo", locale);
    await seller.goto(`/${locale}/seller/products/import`);
    await expect(seller.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    // The template of this language is offered and is a CSV with that language's headers.
    const template = await seller.request.get(`/api/templates/products/${locale}`);
    expect(template.status()).toBe(200);
    const header = (await template.text()).split(/\r?\n/)[0];
    expect(header).toContain(locale === "ar" ? "الاسم بالإنجليزية" : "English name");
    const stamp = Date.now();
    const csv = [
      header,
      `CSV Good A ${stamp},منتج أ,perfumes,10,4,100,`,
      `CSV Bad ${stamp},منتج سيئ,perfumes,12.345,4,100,`,
      `CSV Good B ${stamp},منتج ب,perfumes,20.5,8,200,`,
    ].join("\n");
    await seller
      .getByTestId("csv-input")
      .setInputFiles({ name: "products.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect(seller.getByTestId("preview-summary")).toContainText(
      locale === "ar" ? "2 جاهزة للاستيراد" : "2 ready to import",
    );
    const bad = seller.locator('[data-testid="import-error-row"]');
    await expect(bad).toHaveCount(1);
    await expect(bad).toHaveAttribute("data-line", "3");
    await expect(bad).toContainText(locale === "ar" ? "بمنزلتين عشريتين" : "at most two decimals");
    await seller.getByTestId("run-import").click();
    await expect(seller.getByTestId("import-summary")).toHaveText(
      locale === "ar" ? "تم استيراد 2، ولم يُستورد 1." : "2 imported, 1 not imported.",
    );
    await expect(seller.locator('[data-testid="import-result"] [data-testid="import-error-row"]')).toHaveAttribute(
      "data-line",
      "3",
    );

    await seller.goto(`/${locale}/seller/products?q=${stamp}`);
    await expect(seller.getByTestId("product-row")).toHaveCount(2);
    await expect(seller.getByTestId("products-table")).not.toContainText(`CSV Bad ${stamp}`);
  });
}
