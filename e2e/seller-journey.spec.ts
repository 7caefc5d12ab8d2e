// Issue 3's whole journey, in one go, in each language: a new seller completes the wizard,
// verifies the email, is approved by an admin, signs in, creates a product, gets it approved,
// creates an order by form and one by CSV, and sees both in the order list.
import { expect, test } from "@playwright/test";
import { applicant, as, completeWizard, createProduct, SELLER_PASSWORD, verifyFromOutbox } from "./flows";
import { signIn } from "./support";

for (const locale of ["en", "ar"] as const) {
  test(`seller journey (${locale}): join, approval, product, orders by form and CSV`, async ({ page, browser }) => {
    test.setTimeout(180_000);
    const dir = locale === "ar" ? "rtl" : "ltr";
    const a = applicant(locale, `journey${locale}`);

    // 1. Wizard and email verification.
    await completeWizard(page, a);
    await verifyFromOutbox(page, a, locale === "en" ? /awaiting approval/ : "بانتظار موافقة");

    // 2. The admin approves the application.
    const admin = await as(browser, "admin@atlas.demo", "en");
    await admin.goto(`/${locale}/admin/sellers`);
    await admin.getByTestId("applications-table").getByRole("link", { name: a.store }).click();
    await admin.getByTestId("approve-seller").click();
    await expect(admin.getByTestId("decision-message")).toBeVisible();

    // 3. The seller signs in and lands on its dashboard.
    await signIn(page, a.email, locale, SELLER_PASSWORD);
    await expect(page).toHaveURL(/\/(en|ar)\/seller$/);

    // 4. A product, approved by the admin.
    const { id, sku } = await createProduct(
      page,
      locale,
      `Journey Saffron ${locale} ${Date.now()}`,
      false,
      "[A-Z0-9]{2,10}",
    );
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    await admin.goto(`/${locale}/admin/products/${id}`);
    await admin.getByTestId("approve-product").click();
    await expect(admin.getByTestId("decision-message")).toBeVisible();
    await admin.context().close();

    // 5. An order by form.
    const formCustomer = `Journey Form ${locale}`;
    await page.goto(`/${locale}/seller/orders/new`);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    await page.locator("#customerName").fill(formCustomer);
    await page.locator("#customerPhone").fill("055 700 0001");
    await page.locator("#emirate").selectOption("abu_dhabi");
    await page.locator("#city").fill("Abu Dhabi");
    await page.locator("#street").fill("Corniche Road");
    const option = await page.getByTestId("line-product-0").locator("option", { hasText: sku }).getAttribute("value");
    await page.getByTestId("line-product-0").selectOption(option!);
    await page.getByTestId("line-quantity-0").fill("3");
    await page.getByTestId("order-submit").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/seller/orders/[0-9a-f-]{36}\\?created=1$`));
    const formCode = (await page.getByTestId("order-code").first().textContent())!.trim();
    expect(formCode).toMatch(/^#\d{9,}$/);

    // 6. An order by CSV (the template's headers in the page's language).
    const header =
      locale === "en"
        ? "customer_name,phone,emirate,city,street,sku,quantity"
        : "اسم العميل,الهاتف,الإمارة,المدينة,الشارع,رمز المنتج,الكمية";
    const csvCustomer = `Journey CSV ${locale}`;
    const csv = `${header}\n${csvCustomer},050 700 0002,${locale === "en" ? "Dubai" : "دبي"},Dubai,Al Khail Road,${sku},2\n`;
    await page.goto(`/${locale}/seller/orders/import`);
    await page
      .getByTestId("import-file")
      .setInputFiles({ name: "orders.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await expect(page.getByTestId("import-preview")).toBeVisible();
    await page.getByTestId("import-submit").click();
    await expect(page.getByTestId("import-report")).toBeVisible();
    await expect(page.getByTestId("report-errors").getByTestId("import-error-row")).toHaveCount(0);

    // 7. Both orders in the seller's list, pending; nothing else (a brand-new seller).
    await page.goto(`/${locale}/seller/orders`);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    const rows = page.getByTestId("order-row");
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: formCustomer }).getByTestId("order-code")).toHaveText(formCode);
    await expect(rows.filter({ hasText: csvCustomer })).toHaveCount(1);
  });
}
