// COD cash journeys in English and Arabic: finance sees a courier's cash in hand, records a
// handover whose cash is 0.50 short (flagged, then settled), and matches a small statement from
// the demo delivery company with one mismatched and one unmatched line. Delivered orders and
// their COD collections are prepared with SQL, standing in for the delivery module.
import { expect, test } from "@playwright/test";
import { sql } from "./db";
import { as, createOrderByForm } from "./flows";
import { type Locale, M, fill } from "./support";

const COURIER_NAME = "Imran Qureshi"; // courier1@atlas.demo in prisma/seed.ts

async function courier1Id(): Promise<string> {
  const rows = await sql<{ id: string }>(
    `SELECT c.id FROM "Courier" c JOIN "User" u ON u.id = c."userId" WHERE u.email = 'courier1@atlas.demo'`,
  );
  return rows[0].id;
}
async function demoCompanyId(): Promise<string> {
  return (await sql<{ id: string }>(`SELECT id FROM "DeliveryCompany" WHERE code = 'EEC'`))[0].id;
}

/** Stands in for the delivery module: the order was delivered and its cash collected. */
async function deliveredWithCash(
  code: string,
  who: { courierId: string | null; companyId: string | null },
  amountFils: number,
): Promise<void> {
  const rows = await sql(
    `
    WITH o AS (
      UPDATE "Order" SET state = 'delivery_completed', "stateChangedAt" = now(), "deliveredAt" = now(), version = version + 1,
        "assignedCourierId" = $2, "deliveryCompanyId" = $3
      WHERE code = $1 AND state = 'seller_submitted' RETURNING id)
    INSERT INTO "CodCollection" (id, "orderId", "courierId", "companyId", "amountFils", currency, "collectedAt", "createdAt")
    SELECT 'e2e' || md5(random()::text), id, $2, $3, $4, 'AED', now() - interval '3 hours', now() FROM o
    RETURNING id`,
    [code, who.courierId, who.companyId, amountFils],
  );
  if (rows.length !== 1) throw new Error(`deliveredWithCash: ${code} is not a new order`);
}

test("pages 404 for a courier", async ({ browser }) => {
  const courier = await as(browser, "courier1@atlas.demo", "en");
  for (const path of ["/en/finance/cod", "/en/finance/cod/handovers", "/en/finance/cod/remittances/new"]) {
    const res = await courier.goto(path);
    expect(res?.status(), path).toBe(404);
  }
});

for (const locale of ["en", "ar"] as const) {
  const L = M[locale].cod;

  test(`finance: courier handover with a difference, company remittance matching (${locale})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const seller = await as(browser, "seller1@atlas.demo", locale);
    const n = locale === "en" ? 1 : 2;
    const h1 = await createOrderByForm(seller, locale, `COD Cash A ${locale}`, `050 720 000${n}`, { quantity: 1 });
    const h2 = await createOrderByForm(seller, locale, `COD Cash B ${locale}`, `050 720 001${n}`, { quantity: 1 });
    const r1 = await createOrderByForm(seller, locale, `COD Company ${locale}`, `050 720 002${n}`, { quantity: 1 });
    await seller.context().close();
    const courierId = await courier1Id();
    const companyId = await demoCompanyId();
    await deliveredWithCash(h1.code, { courierId, companyId: null }, 15_000);
    await deliveredWithCash(h2.code, { courierId, companyId: null }, 10_000);
    await deliveredWithCash(r1.code, { courierId: null, companyId }, 10_000);

    const finance = await as(browser, "finance@atlas.demo", locale);

    // Overview: courier1's cash in hand includes the two deliveries.
    await finance.goto(`/${locale}/finance/cod`);
    await expect(finance.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(finance.getByTestId("page-title")).toHaveText(L.title);
    const courierRow = finance.locator(`[data-testid="outstanding-row"][data-name="${COURIER_NAME}"]`);
    await expect(courierRow).toHaveCount(1);
    expect(
      Number(await courierRow.getByTestId("outstanding-amount").getAttribute("data-value")),
    ).toBeGreaterThanOrEqual(25_000);
    await courierRow.getByTestId("outstanding-handover").click();

    // Handover: only this journey's two orders ticked, 249.50 received for 250.00 expected.
    await expect(finance.getByTestId("courier-cash")).toHaveAttribute("data-courier", COURIER_NAME);
    await finance.getByTestId("cash-select-all").uncheck();
    await expect(finance.getByTestId("handover-submit")).toBeDisabled();
    for (const code of [h1.code, h2.code])
      await finance.locator(`[data-testid="cash-row"][data-code="${code}"] [data-testid="cash-select"]`).check();
    await expect(finance.getByTestId("handover-expected")).toHaveAttribute("data-value", "25000");
    await finance.getByTestId("handover-received").fill("249.5");
    await expect(finance.getByTestId("handover-preview")).toHaveAttribute("data-value", "-50");
    await expect(finance.getByTestId("handover-preview")).toContainText(L.handover.willBeDisputed);
    await finance.getByTestId("handover-note").fill("Counted at the desk");
    await finance.getByTestId("handover-submit").click();

    // The handover: flagged in red, difference to the fil.
    await expect(finance).toHaveURL(new RegExp(`/${locale}/finance/cod/handovers/[a-z0-9]+$`));
    const detail = finance.getByTestId("handover-detail");
    await expect(detail).toHaveAttribute("data-code", /^HO-\d{4}-\d{5}$/);
    const hoCode = (await detail.getAttribute("data-code"))!;
    await expect(finance.getByTestId("handover-status")).toHaveText(L.statuses.disputed);
    await expect(finance.getByTestId("handover-flag")).toHaveText(L.handoverDetail.flagged);
    const diff = finance.getByTestId("handover-difference");
    await expect(diff).toHaveAttribute("data-value", "-50");
    await expect(diff).toHaveAttribute("data-flagged", "true");
    await expect(diff).toHaveClass(/text-red-700/);
    await expect(diff).toContainText("0.50");
    await expect(finance.getByTestId("handover-order")).toHaveCount(2);
    await expect(finance.locator(`[data-testid="handover-order"][data-code="${h1.code}"]`)).toHaveCount(1);

    // The list shows it flagged; settling it with a note reconciles it and keeps the difference.
    await finance.goto(`/${locale}/finance/cod/handovers?status=disputed`);
    const listRow = finance.locator(`[data-testid="handover-row"][data-code="${hoCode}"]`);
    await expect(listRow.getByTestId("handover-row-difference")).toHaveAttribute("data-flagged", "true");
    await listRow.getByTestId("handover-link").click();
    await finance.getByTestId("resolve-submit").click();
    await expect(finance.getByTestId("resolve-form").locator(".field-error")).toHaveText(
      M[locale].validation.note_required,
    );
    await finance.getByTestId("resolve-note").fill("Courier paid the missing 0.50 the next morning");
    await finance.getByTestId("resolve-submit").click();
    await expect(finance.getByTestId("handover-status")).toHaveText(L.statuses.reconciled);
    await expect(finance.getByTestId("handover-resolution")).toHaveText(
      "Courier paid the missing 0.50 the next morning",
    );
    await expect(finance.getByTestId("handover-difference")).toHaveAttribute("data-value", "-50");

    // Remittance: the demo company's statement, a bad file first.
    await finance.goto(`/${locale}/finance/cod/remittances/new`);
    const companySelect = finance.getByTestId("remittance-company");
    await companySelect.selectOption(
      (await companySelect.locator("option", { hasText: "(EEC)" }).getAttribute("value"))!,
    );
    await finance.getByTestId("remittance-company-go").click();
    await expect(finance.getByTestId("company-cash")).toHaveAttribute("data-company", "EEC");
    await finance
      .getByTestId("remittance-file")
      .setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("order_code,amount\n#1,abc\n") });
    await finance.getByTestId("remittance-received").fill("99");
    await finance.getByTestId("remittance-reference").fill(`E2E-${locale}-BAD`);
    await finance.getByTestId("remittance-submit").click();
    await expect(finance.getByTestId("remittance-error")).toHaveText(fill(L.csvErrors.csv_amount, { line: 2 }));

    const unknown = `#99010100${n}`;
    const reference = `E2E-${locale}-${Date.now()}`;
    const csv = `order_code;amount\n${r1.code};99,00\n${unknown};10.00\n`;
    await finance
      .getByTestId("remittance-file")
      .setInputFiles({ name: "eec.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await finance.getByTestId("remittance-reference").fill(reference);
    await finance.getByTestId("remittance-submit").click();

    await expect(finance).toHaveURL(new RegExp(`/${locale}/finance/cod/remittances/[a-z0-9]+$`));
    await expect(finance.getByTestId("remittance-status")).toHaveText(L.statuses.disputed);
    await expect(finance.getByTestId("count-matched")).toHaveAttribute("data-value", "0");
    await expect(finance.getByTestId("count-mismatched")).toHaveAttribute("data-value", "1");
    await expect(finance.getByTestId("count-unmatched")).toHaveAttribute("data-value", "1");
    const mismatched = finance.locator(`[data-testid="remittance-line"][data-code="${r1.code}"]`);
    await expect(mismatched).toHaveAttribute("data-match", "mismatched");
    await expect(mismatched.getByTestId("line-match")).toHaveText(L.matches.mismatched);
    await expect(mismatched.getByTestId("line-note")).toHaveText(L.lineNotes.amount_differs);
    const unmatched = finance.locator(`[data-testid="remittance-line"][data-code="${unknown}"]`);
    await expect(unmatched).toHaveAttribute("data-match", "unmatched");
    await expect(unmatched.getByTestId("line-note")).toHaveText(L.lineNotes.unknown_order);
    await expect(finance.getByTestId("remittance-difference")).toHaveAttribute("data-value", "-100");

    await finance.goto(`/${locale}/finance/cod/remittances`);
    await expect(
      finance.locator(
        `[data-testid="remittance-row"][data-reference="${reference}"] [data-testid="remittance-row-status"]`,
      ),
    ).toHaveText(L.statuses.disputed);
  });
}
