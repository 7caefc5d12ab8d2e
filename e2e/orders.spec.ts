// Order intake journeys, in English and Arabic: the order form, the list, CSV import, the
// seller API with a token made on the API page, and seller-to-seller isolation.
import { expect, test, type Page } from "@playwright/test";
import { createOrderByForm } from "./flows";
import { M, signIn, type Locale } from "./support";

const EN = M.en;
const AR = M.ar;
const m = (l: Locale) => (l === "ar" ? AR : EN);

async function pickProduct(page: Page, i: number, sku: string) {
  const select = page.getByTestId(`line-product-${i}`);
  const value = await select.locator("option", { hasText: sku }).getAttribute("value");
  await select.selectOption(value!);
}

async function signInAs(page: Page, email: string, locale: Locale) {
  await signIn(page, email, locale);
  await expect(page).not.toHaveURL(/\/login$/);
}

for (const locale of ["en", "ar"] as const) {
  test(`orders: seller1 creates an order by form and sees it in the list as Pending (${locale})`, async ({ page }) => {
    await signInAs(page, "seller1@atlas.demo", locale);
    await page.goto(`/${locale}/seller/orders/new`);
    // A bad phone is refused in the reader's language, before anything is sent.
    await page.locator("#customerPhone").fill("12345");
    await page.getByTestId("order-submit").click();
    await expect(page.getByText(m(locale).validation.phone_invalid)).toBeVisible();

    // The COD total follows the lines live (249.00 × 2 + 89.00).
    await pickProduct(page, 0, "ATL-OASIS-00001");
    await expect(page.getByTestId("line-price-0")).toHaveValue("249.00");
    await page.getByTestId("line-quantity-0").fill("2");
    await page.getByTestId("add-line").click();
    await pickProduct(page, 1, "ATL-OASIS-00002");
    if (locale === "en") await expect(page.getByTestId("order-total")).toContainText("587.00");

    const customer = `Form Customer ${locale}`;
    await page.locator("#customerName").fill(customer);
    await page.locator("#customerPhone").fill(locale === "en" ? "050 300 0001" : "٠٥٠٣٠٠٠٠٠٢");
    await page.locator("#emirate").selectOption("sharjah");
    await page.locator("#city").fill("Sharjah");
    await page.locator("#street").fill("Al Wahda Street");
    await page.getByTestId("order-submit").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/seller/orders/[0-9a-f-]{36}\\?created=1$`));
    await expect(page.getByTestId("order-created")).toBeVisible();
    const code = (await page.getByTestId("order-code").first().textContent())!.trim();
    await expect(page.getByTestId("order-status").first()).toHaveText(m(locale).sellerStatus.pending);
    await expect(page.getByTestId("order-phone")).toHaveText(locale === "en" ? "+971503000001" : "+971503000002");
    await expect(page.getByTestId("order-line-row")).toHaveCount(2);
    if (locale === "en") await expect(page.getByTestId("order-detail-total")).toContainText("587.00");
    await expect(page.getByTestId("order-event")).toHaveCount(1);

    await page.goto(`/${locale}/seller/orders`);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    const row = page.getByTestId("order-row").filter({ hasText: customer });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId("order-code")).toHaveText(code);
    await expect(row.getByTestId("order-status")).toHaveText(m(locale).sellerStatus.pending);
    // Server-side search by phone (any format) finds it.
    await page.getByTestId("order-search").fill(locale === "en" ? "+971 50 300 0001" : "0503000002");
    await page.getByTestId("order-search").press("Enter");
    await expect(page.getByTestId("order-row")).toHaveCount(1);
    await expect(page.getByTestId("order-row")).toContainText(customer);
  });

  test(`orders: seller1 imports a CSV, the bad row is reported by line number and good rows are imported (${locale})`, async ({
    page,
  }) => {
    await signInAs(page, "seller1@atlas.demo", locale);
    await page.goto(`/${locale}/seller/orders/import`);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    const header =
      locale === "en"
        ? "customer_name,phone,emirate,city,street,sku,quantity,unit_price_aed,external_ref"
        : "اسم العميل,الهاتف,الإمارة,المدينة,الشارع,رمز المنتج,الكمية,سعر الوحدة بالدرهم,المرجع الخارجي";
    const csv = [
      header,
      `CSV Good One ${locale},050 400 0001,${locale === "en" ? "Dubai" : "دبي"},Dubai,Street 1,ATL-OASIS-00001,1,,`,
      `CSV Bad Phone ${locale},12345,Dubai,Dubai,Street 2,ATL-OASIS-00001,1,,`,
      `CSV Good Two ${locale},050 400 0003,${locale === "en" ? "Ajman" : "عجمان"},Ajman,Street 3,ATL-OASIS-00002,2,80.50,REF-${locale}`,
      `CSV Good Two ${locale},,,,,ATL-OASIS-00003,1,,REF-${locale}`,
    ].join("\n");
    await page
      .getByTestId("import-file")
      .setInputFiles({ name: "orders.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await expect(page.getByTestId("import-preview")).toBeVisible();
    const previewBad = page.getByTestId("preview-errors").getByTestId("import-error-row");
    await expect(previewBad).toHaveCount(1);
    await expect(previewBad.first()).toHaveAttribute("data-line", "3");
    await expect(previewBad.first()).toContainText(m(locale).orderImport.reasons.phone_invalid);

    await page.getByTestId("import-submit").click();
    await expect(page.getByTestId("import-report")).toBeVisible();
    const reported = page.getByTestId("report-errors").getByTestId("import-error-row");
    await expect(reported).toHaveCount(1);
    await expect(reported.getByTestId("import-error-line")).toHaveText("3");
    if (locale === "en") await expect(page.getByTestId("import-imported")).toContainText("3 rows imported as 2 orders");

    await page.getByTestId("import-view-orders").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/seller/orders$`));
    await page.goto(`/${locale}/seller/orders?q=${encodeURIComponent(`CSV Good`)}`);
    await expect(page.getByTestId("order-row").filter({ hasText: `CSV Good One ${locale}` })).toHaveCount(1);
    const two = page.getByTestId("order-row").filter({ hasText: `CSV Good Two ${locale}` });
    await expect(two).toHaveCount(1);
    await expect(two.locator("td").nth(4)).toHaveText("3");
    await page.goto(`/${locale}/seller/orders?q=${encodeURIComponent(`CSV Bad Phone ${locale}`)}`);
    await expect(page.getByTestId("order-row")).toHaveCount(0);
  });

  test(`orders: seller2 opening seller1's order URL gets 404 and cannot export it (${locale})`, async ({
    page: p2,
  }) => {
    await signInAs(p2, "seller1@atlas.demo", locale);
    const { url, code } = await createOrderByForm(
      p2,
      locale,
      `Private Customer ${locale}`,
      locale === "en" ? "050 500 0001" : "050 500 0002",
    );
    await p2.context().clearCookies();

    await signInAs(p2, "seller2@atlas.demo", locale);
    const res = await p2.goto(url);
    expect(res?.status()).toBe(404);
    await expect(p2.getByTestId("not-found")).toBeVisible();
    await expect(p2.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(p2.locator("body")).not.toContainText(`Private Customer ${locale}`);
    await p2.goto(`/${locale}/seller/orders?q=${encodeURIComponent(code)}`);
    await expect(p2.getByTestId("order-row")).toHaveCount(0);
    const exported = await p2.request.get("/api/exports/orders");
    expect(exported.status()).toBe(200);
    expect(exported.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(await exported.text()).not.toContain(code);
  });

  test(`orders: a token created on the API page creates an order through the API (${locale})`, async ({
    page,
    request,
  }) => {
    await signInAs(page, "seller1@atlas.demo", locale);
    await page.goto(`/${locale}/seller/api`);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(page.getByTestId("openapi-link")).toHaveAttribute("href", "/api/v1/openapi.json");
    await page.getByTestId("token-name").fill(`E2E ${locale}`);
    await page.getByTestId("token-create").click();
    const token = (await page.getByTestId("token-value").textContent())!.trim();
    expect(token).toMatch(/^atl_[A-Za-z0-9_-]{43}$/);
    await expect(page.getByTestId("token-row").filter({ hasText: `E2E ${locale}` })).toContainText(token.slice(0, 8));

    const auth = { Authorization: `Bearer ${token}`, "Idempotency-Key": `e2e-${locale}-${Date.now()}` };
    const data = {
      customerName: `API Customer ${locale}`,
      customerPhone: "+971 50 600 0001",
      emirate: "abu_dhabi",
      city: "Abu Dhabi",
      street: "Corniche Road",
      lines: [{ sku: "ATL-OASIS-00003", quantity: 1 }],
      externalRef: `API-${locale}`,
    };
    const created = await request.post("/api/v1/orders", { headers: auth, data });
    expect(created.status()).toBe(201);
    expect(created.headers()["cache-control"]).toBe("no-store");
    const order = await created.json();
    expect(order).toMatchObject({ status: "pending", totalFils: 15_900, source: "api" });
    const replay = await request.post("/api/v1/orders", { headers: auth, data });
    expect(replay.status()).toBe(200);
    expect((await replay.json()).code).toBe(order.code);
    const one = await request.get(`/api/v1/orders/${order.code.slice(1)}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(one.status()).toBe(200);
    expect((await request.get("/api/v1/orders", { headers: { Authorization: "Bearer atl_invalid" } })).status()).toBe(
      401,
    );
    expect((await request.get("/api/v1/openapi.json")).status()).toBe(200);

    await page.goto(`/${locale}/seller/orders?q=${encodeURIComponent(order.code)}`);
    await expect(page.getByTestId("order-row")).toHaveCount(1);
    await expect(page.getByTestId("order-row")).toContainText(`API Customer ${locale}`);
    await page.goto(`/${locale}/seller/api`);
    await expect(
      page
        .getByTestId("token-row")
        .filter({ hasText: `E2E ${locale}` })
        .getByTestId("token-last-used"),
    ).not.toHaveText(m(locale).apiTokens.never);
  });
}
