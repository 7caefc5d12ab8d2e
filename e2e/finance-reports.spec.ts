// Finance refunds and reports in English and Arabic: a refund recorded by a return inspection
// (prepared in SQL for a seller of its own) is approved and paid with a reference and a proof,
// the Return follows it; the reports show their charts for that seller and a CSV export
// downloads with the paid refund in it; sellers get 404 for the pages and the export.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { sql } from "./db";
import { as, PNG } from "./flows";
import { type Locale, M } from "./support";

/** What the stock keeper's inspection leaves for finance: an inspected Return with a pending Refund, for a fresh seller. */
async function pendingRefund(locale: Locale, amountFils: number) {
  const tag = `f4${locale}${Date.now().toString(36)}`;
  const [role] = await sql<{ id: string }>(`SELECT id FROM "Role" WHERE key = 'seller'`);
  const [admin] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = 'admin@atlas.demo'`);
  await sql(
    `INSERT INTO "User" (id, email, name, "passwordHash", "roleId", status, "emailVerifiedAt", "updatedAt")
     VALUES ($1, $2, $3, 'e2e-unusable', $4, 'active', now(), now())`,
    [`u-${tag}`, `${tag}@e2e.atlas`, `Refund Seller ${locale}`, role.id],
  );
  const code = tag.toUpperCase().slice(0, 12);
  await sql(
    `INSERT INTO "SellerProfile" (id, "userId", code, "companyName", "storeName", phone, emirate, "approvedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, '+971501234567', 'dubai', now(), now())`,
    [`s-${tag}`, `u-${tag}`, code, `Refund Trading ${locale} LLC`, `Refund Store ${locale}`],
  );
  const orderCode = `#${tag.toUpperCase()}`;
  await sql(
    `INSERT INTO "Order" (id, code, "sellerId", state, "customerName", "customerPhoneEnc", "customerPhoneHash", emirate, city, "addressEnc", "totalFils", "createdById", "updatedAt")
     VALUES ($1, $2, $3, 'returned', 'Refund Customer', 'e2e', $4, 'dubai', 'Dubai', 'e2e', 20000, $5, now())`,
    [`o-${tag}`, orderCode, `s-${tag}`, `h-${tag}`, admin.id],
  );
  const returnCode = `RET-${tag.toUpperCase()}`;
  await sql(
    `INSERT INTO "Return" (id, code, "orderId", "sellerId", source, reason, status, "inspectionResult", "inspectedAt", "refundFils", "refundStatus", "updatedAt")
     VALUES ($1, $2, $3, $4, 'refused', 'refused', 'inspected', 'sellable', now(), $5, 'pending', now())`,
    [`r-${tag}`, returnCode, `o-${tag}`, `s-${tag}`, amountFils],
  );
  await sql(
    `INSERT INTO "Refund" (id, "returnId", "orderId", "sellerId", "amountFils", status, "updatedAt") VALUES ($1, $2, $3, $4, $5, 'pending', now())`,
    [`rf-${tag}`, `r-${tag}`, `o-${tag}`, `s-${tag}`, amountFils],
  );
  return { sellerId: `s-${tag}`, returnCode, refundId: `rf-${tag}` };
}

async function expectNotFound(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
}

for (const locale of ["en", "ar"] as const) {
  const L = M[locale];
  const email = locale === "en" ? "finance@atlas.demo" : "finance2@atlas.demo";

  test(`finance: approve and pay a refund, reports with charts and CSV (${locale})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const r = await pendingRefund(locale, 12_345);
    const page = await as(browser, email, locale);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");

    // The overview counts it and leads to the refund desk.
    await page.goto(`/${locale}/finance`);
    await expect(page.getByTestId("dashboard-finance")).toBeVisible();
    await expect(page.getByTestId("stat-refundsPending")).toBeVisible();
    await page.getByTestId("link-refundsPending").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/finance/refunds\\?status=pending`));
    await expect(page.getByTestId("finance-refunds")).toBeVisible();

    await page.goto(`/${locale}/finance/refunds?sellerId=${r.sellerId}`);
    const row = page.locator(`[data-testid="refund-row"][data-return="${r.returnCode}"]`);
    await expect(row).toHaveAttribute("data-status", "pending");
    await row.getByTestId("refund-approve").click();
    await expect(row).toHaveAttribute("data-status", "approved");
    await expect(row.getByTestId("refund-status")).toHaveText(L.refunds.status.approved);

    // Paying needs a reference; the proof is optional (a PNG here).
    await row.getByTestId("refund-pay-open").click();
    await row.getByTestId("refund-pay-submit").click();
    await expect(row.getByTestId("refund-pay-form").locator(".field-error")).toHaveText(L.validation.required);
    await row.getByTestId("refund-reference").fill(`TRX-${locale}-7781`);
    await row.getByTestId("refund-proof").setInputFiles({ name: "transfer.png", mimeType: "image/png", buffer: PNG });
    await row.getByTestId("refund-pay-submit").click();
    await expect(row).toHaveAttribute("data-status", "paid");
    await expect(row.getByTestId("refund-reference-value")).toHaveText(`TRX-${locale}-7781`);
    await expect(row.getByTestId("refund-proof-link")).toBeVisible();
    await expect(row.getByTestId("refund-actions")).toHaveCount(0);
    const [ret] = await sql<{ refundStatus: string }>(
      `SELECT "refundStatus"::text AS "refundStatus" FROM "Return" WHERE code = $1`,
      [r.returnCode],
    );
    expect(ret.refundStatus).toBe("paid");

    // Reports for that seller: the charts render, the refund is in the table and the CSV.
    await page.goto(`/${locale}/finance/reports?sellerId=${r.sellerId}`);
    await expect(page.getByTestId("finance-reports")).toBeVisible();
    for (const chart of ["chart-fees", "chart-refunds"]) {
      await expect(page.getByTestId(chart).locator("svg.recharts-surface")).toBeVisible();
    }
    await expect(page.getByTestId("chart-cod")).toBeVisible();
    await expect(page.getByTestId("chart-payouts")).toBeVisible();
    const paidRow = page.locator('[data-testid="refund-status-row"][data-status="paid"]');
    await expect(paidRow).toContainText(L.financeReports.refundStatus.paid);
    const downloading = page.waitForEvent("download");
    await page.getByTestId("csv-refunds").click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^finance-refunds-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}-.+\.csv$/);
    const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    expect(csv.split("\r\n")).toEqual([
      "status,count,amount_aed",
      "pending,0,0.00",
      "approved,0,0.00",
      "paid,1,123.45",
      "cancelled,0,0.00",
      "total,1,123.45",
      "",
    ]);

    // A seller: no pages, no export.
    const seller = await as(browser, "seller1@atlas.demo", locale);
    await expectNotFound(seller, `/${locale}/finance/reports`);
    await expectNotFound(seller, `/${locale}/finance/refunds`);
    const api = await seller.request.get(`/api/finance/reports/refunds?sellerId=${r.sellerId}`);
    expect(api.status()).toBe(404);
  });
}
