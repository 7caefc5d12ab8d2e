// Courier journeys on a phone (390×844), in English (courier1) and Arabic (courier2, RTL):
// today's run, pick-up scan, a stop delivered with the customer's OTP (a wrong code first),
// a failed attempt with a reschedule, and a delivery proven by a drawn signature.
//
// Orders come from the seller's real form (encrypted PII), then are put out for delivery to
// the courier with SQL — dispatch is the delivery manager's use-case, not under test here.
// The OTP hash is computed in the spec exactly as lib/delivery/otp.ts stores it
// (blindIndex = HMAC-SHA256 with PII_HMAC_KEY over `Order.deliveryOtp:<id>\0<code>`,
// base64url): scripts/test.ts hands Playwright the same PII_HMAC_KEY as the server, so
// the spec knows the code without an SMS round-trip and without importing server code.
import { createHmac } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { sql } from "./db";
import { as, createOrderByForm } from "./flows";
import { signIn, type Locale, M, fill } from "./support";

/** A datetime-local value in UAE wall-clock time, `ms` from now. */
const uaeLocal = (ms: number) => new Date(Date.now() + ms + 4 * 3_600_000).toISOString().slice(0, 16);

function otpHash(orderId: string, code: string): string {
  const key = process.env.PII_HMAC_KEY;
  if (!key) throw new Error("PII_HMAC_KEY is not set (run through npm test)");
  return createHmac("sha256", Buffer.from(key, "base64"))
    .update(`Order.deliveryOtp:${orderId}\u0000${code}`)
    .digest("base64url");
}

/** What dispatch leaves behind: out for delivery, assigned to the courier, a stop number, an OTP texted. */
async function dispatchTo(email: string, orderId: string, stopNo: number, otp: string) {
  const rows = await sql(
    `UPDATE "Order" o SET state = 'delivery_in_progress', "assignedCourierId" = c.id, "runStopNo" = $3, "pickedUpAt" = NULL,
       "deliveryOtpHash" = $4, "deliveryOtpIssuedAt" = now(), "deliveryOtpFailures" = 0, "stateChangedAt" = now(), version = o.version + 1
     FROM "Courier" c JOIN "User" u ON u.id = c."userId"
     WHERE o.id = $2 AND u.email = $1 RETURNING o.id`,
    [email, orderId, stopNo, otpHash(orderId, otp)],
  );
  if (rows.length !== 1) throw new Error(`dispatchTo: ${orderId} not updated`);
}

async function openStop(page: Page, locale: Locale, code: string) {
  await page.goto(`/${locale}/delivery/courier`);
  await page.locator(`[data-testid="stop-card"][data-code="${code}"]`).click();
  await expect(page.getByTestId("courier-stop")).toBeVisible();
  await expect(page.getByTestId("order-code")).toHaveText(code);
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

for (const locale of ["en", "ar"] as const) {
  const L = M[locale];
  const email = locale === "en" ? "courier1@atlas.demo" : "courier2@atlas.demo";

  test(`courier on a phone: run, pick-up scan, OTP delivery, failed attempt, signature (${locale})`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const seller = await as(browser, "seller1@atlas.demo", locale);
    const n = locale === "en" ? 1 : 2;
    const otp = locale === "en" ? "418205" : "730961";
    const A = await createOrderByForm(seller, locale, `Courier OTP ${locale}`, `050 710 000${n}`, { quantity: 1 });
    const B = await createOrderByForm(seller, locale, `Courier Failed ${locale}`, `050 720 000${n}`, { quantity: 1 });
    const C = await createOrderByForm(seller, locale, `Courier Signature ${locale}`, `050 730 000${n}`, {
      quantity: 1,
    });
    // Not dispatched to this courier: not in the run, refused at the scan, 404 as a page.
    const D = await createOrderByForm(seller, locale, `Courier Foreign ${locale}`, `050 740 000${n}`, { quantity: 1 });
    await seller.context().close();
    await dispatchTo(email, A.id, 1, otp);
    await dispatchTo(email, B.id, 2, otp);
    await dispatchTo(email, C.id, 3, otp);

    await signIn(page, email, locale);
    await expect(page).toHaveURL(new RegExp(`/${locale}/delivery/courier$`));
    const run = page.getByTestId("dashboard-courier");
    await expect(run).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    for (const o of [A, B, C]) {
      const card = page.locator(`[data-testid="stop-card"][data-code="${o.code}"]`);
      await expect(card).toBeVisible();
      await expect(card.getByTestId("stop-not-picked")).toHaveText(L.courier.run.notPickedUp);
    }
    await expectNoHorizontalScroll(page);

    await expect(page.locator(`[data-testid="stop-card"][data-code="${D.code}"]`)).toHaveCount(0);

    // Pick-up scan (keyboard wedge: the code, then Enter). An order that is not in the run is refused.
    const scan = page.getByTestId("pickup-input");
    await scan.fill(D.code);
    await scan.press("Enter");
    await expect(page.getByTestId("pickup-message")).toHaveText(fill(L.courier.pickup.notFound, { code: D.code }));
    for (const o of [A, C]) {
      await scan.fill(o.code);
      await scan.press("Enter");
      await expect(page.getByTestId("pickup-message")).toHaveText(fill(L.courier.pickup.done, { code: o.code }));
      await expect(
        page.locator(`[data-testid="stop-card"][data-code="${o.code}"] [data-testid="stop-picked"]`),
      ).toBeVisible();
    }

    // Stop A: call and map links, then a wrong OTP (refused, counted), then the right one.
    await openStop(page, locale, A.code);
    await expect(page.getByTestId("customer-name")).toHaveText(`Courier OTP ${locale}`);
    await expect(page.getByTestId("call-customer")).toHaveAttribute("href", `tel:+97150710000${n}`);
    await expect(page.getByTestId("open-map")).toHaveAttribute(
      "href",
      /^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=Sheikh%20Zayed%20Road/,
    );
    await expectNoHorizontalScroll(page);
    await page.getByTestId("outcome-delivered").click();
    await expect(page.getByTestId("proof-otp")).toHaveAttribute("aria-pressed", "true");
    await page.getByTestId("otp-input").fill(otp === "418205" ? "418206" : "730962");
    await page.getByTestId("report-submit").click();
    await expect(page.getByTestId("report-error")).toBeVisible();
    await expect(page.getByText(L.validation.otp_wrong)).toBeVisible();
    await page.getByTestId("otp-input").fill(otp);
    await page.getByTestId("report-submit").click();
    await expect(page.getByTestId("stop-waiting")).toHaveText(L.courier.stop.waiting);
    await expect(page.getByTestId("order-state")).toHaveText(L.states.pending_manager_confirmation);
    await expect(page.getByTestId("stop-report")).toHaveCount(0);
    const [a] = await sql<{ failures: number; attempts: number; otpVerified: boolean; cod: number; total: number }>(
      `SELECT o."deliveryOtpFailures" AS failures, o."deliveryAttempts" AS attempts, d."otpVerified" AS "otpVerified", d."codCollectedFils" AS cod, o."totalFils" AS total
       FROM "Order" o JOIN "DeliveryAttempt" d ON d."orderId" = o.id WHERE o.id = $1`,
      [A.id],
    );
    expect(a).toEqual({ failures: 1, attempts: 1, otpVerified: true, cod: a.total, total: a.total });

    // Stop B: failed attempt (not picked up is fine for a failed attempt), rescheduled for tomorrow.
    await openStop(page, locale, B.code);
    await page.getByTestId("outcome-failed").click();
    await page.getByTestId("fail-reason").selectOption("no_answer");
    await page.getByTestId("reschedule-at").fill(uaeLocal(-3_600_000));
    await page.getByTestId("report-submit").click();
    await expect(page.getByText(L.validation.reschedule_past)).toBeVisible();
    await page.getByTestId("reschedule-at").fill(uaeLocal(86_400_000));
    await page.getByTestId("report-submit").click();
    await expect(page.getByTestId("stop-waiting")).toHaveText(L.courier.stop.waiting);
    const [b] = await sql<{ outcome: string; reason: string; resched: boolean }>(
      `SELECT outcome::text AS outcome, reason, "rescheduleAt" > now() AS resched FROM "DeliveryAttempt" WHERE "orderId" = $1`,
      [B.id],
    );
    expect(b).toEqual({ outcome: "failed", reason: "no_answer", resched: true });

    // Stop C: signed by the customer on the screen; less cash than the order amount needs a note.
    await openStop(page, locale, C.code);
    await page.getByTestId("outcome-delivered").click();
    await page.getByTestId("proof-signature").click();
    await page.getByTestId("report-submit").click();
    await expect(page.getByText(L.validation.proof_required)).toBeVisible();
    const pad = await page.getByTestId("signature-pad").boundingBox();
    expect(pad).not.toBeNull();
    await page.mouse.move(pad!.x + 30, pad!.y + 100);
    await page.mouse.down();
    for (const [dx, dy] of [
      [80, 40],
      [140, 120],
      [200, 60],
      [260, 110],
    ])
      await page.mouse.move(pad!.x + dx, pad!.y + dy, { steps: 4 });
    await page.mouse.up();
    await expect(page.getByText(L.courier.report.signed)).toBeVisible();
    await page.getByTestId("cod-input").fill("10");
    await page.getByTestId("report-submit").click();
    await expect(page.getByText(L.validation.cod_note_required)).toBeVisible();
    await page.getByTestId("cod-note").fill("Customer paid the rest by card");
    await page.getByTestId("report-submit").click();
    await expect(page.getByTestId("stop-waiting")).toHaveText(L.courier.stop.waiting);
    const [c] = await sql<{
      proofKind: string;
      cod: number;
      sellerId: string | null;
      purpose: string;
      mimeType: string;
    }>(
      `SELECT d."proofKind"::text AS "proofKind", d."codCollectedFils" AS cod, f."sellerId", f.purpose::text AS purpose, f."mimeType"
       FROM "DeliveryAttempt" d JOIN "StoredFile" f ON f.id = d."signatureFileId" WHERE d."orderId" = $1`,
      [C.id],
    );
    expect(c).toEqual({
      proofKind: "signature",
      cod: 1000,
      sellerId: null,
      purpose: "delivery_proof",
      mimeType: "image/png",
    });

    // Back on the run: all three reported and waiting; today's totals count the two deliveries.
    await page.getByTestId("back-to-run").click();
    for (const o of [A, B, C]) {
      await expect(
        page.locator(`[data-testid="stop-card"][data-code="${o.code}"] [data-testid="stop-waiting"]`),
      ).toHaveText(L.courier.run.waiting);
    }
    const [today] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM "DeliveryAttempt" d JOIN "Courier" c ON c.id = d."courierId" JOIN "User" u ON u.id = c."userId"
       WHERE u.email = $1 AND d.outcome = 'delivered' AND d."createdAt" >= date_trunc('day', now() AT TIME ZONE 'Asia/Dubai') AT TIME ZONE 'Asia/Dubai'`,
      [email],
    );
    expect(today.n).toBe(2);
    await expect(page.getByTestId("total-deliveredToday")).toHaveText(String(today.n));

    // An order that is not this courier's does not exist for them.
    const res = await page.goto(`/${locale}/delivery/courier/orders/${D.id}`);
    expect(res?.status()).toBe(404);
  });
}
