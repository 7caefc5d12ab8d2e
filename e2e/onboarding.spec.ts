// Seller onboarding journeys: wizard → email link (dev outbox) → approval or rejection →
// sign-in, in English and Arabic; and the document URL is private to its seller and staff.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectLoginError, signIn, signInAndLand } from "./support";
import { applicant, completeWizard, PDF, SELLER_PASSWORD, verifyFromOutbox, type Applicant } from "./flows";

async function adminPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  // The admin's saved language is English: they land there whatever the login page's locale.
  await signInAndLand(page, "admin@atlas.demo", "en", "/admin");
  return page;
}

async function openApplication(admin: Page, a: Applicant) {
  await admin.goto(`/${a.locale}/admin/sellers`);
  await admin.getByTestId("applications-table").getByRole("link", { name: a.store }).click();
  await expect(admin.getByTestId("application-details")).toContainText(a.email);
}

test.describe.serial("seller onboarding", () => {
  let documentUrl = "";

  test("onboarding en: a new seller completes the wizard, verifies, is approved by an admin and signs in", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const a = applicant("en", "en");
    await completeWizard(page, a);
    // Not verified yet: sign-in says so.
    await signIn(page, a.email, "en", SELLER_PASSWORD);
    await expectLoginError(page, /not verified/);
    await verifyFromOutbox(page, a, /awaiting approval/);
    // A second click on the same link is refused.
    await page.reload();
    await page.getByTestId("verify-confirm").click();
    await expect(page.getByTestId("verify-result")).toContainText(/invalid or has expired/);
    await signIn(page, a.email, "en", SELLER_PASSWORD);
    await expectLoginError(page, /waiting for approval/);

    const admin = await adminPage(browser);
    await openApplication(admin, a);
    const links = admin.getByTestId("document-link");
    await expect(links).toHaveCount(2);
    documentUrl = (await links.filter({ hasText: "licence.pdf" }).getAttribute("href"))!;
    const doc = await admin.request.get(documentUrl);
    expect(doc.status()).toBe(200);
    expect(doc.headers()["content-type"]).toBe("application/pdf");
    expect(doc.headers()["content-disposition"]).toMatch(/^attachment; filename="licence.pdf"/);
    expect(doc.headers()["x-content-type-options"]).toBe("nosniff");
    expect(doc.headers()["cache-control"]).toContain("no-store");
    expect(Buffer.from(await doc.body()).equals(PDF)).toBe(true);
    await admin.getByTestId("approve-seller").click();
    await expect(admin.getByTestId("decision-message")).toContainText(/approved/);
    await expect(admin.getByTestId("application-details").getByTestId("user-status")).toContainText("Active");
    await admin.context().close();

    await signIn(page, a.email, "en", SELLER_PASSWORD);
    await expect(page).toHaveURL(/\/en\/seller$/);
  });

  test("onboarding ar: an application rejected with a reason shows the reason at sign-in (rtl)", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const a = applicant("ar", "ar");
    await completeWizard(page, a);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await verifyFromOutbox(page, a, "بانتظار موافقة");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

    const admin = await adminPage(browser);
    await openApplication(admin, a);
    await expect(admin.locator("html")).toHaveAttribute("dir", "rtl");
    const reason = "صورة الرخصة التجارية غير واضحة، يرجى رفع نسخة أوضح.";
    await admin.getByTestId("reject-seller").click();
    await expect(admin.getByText("اكتب السبب")).toBeVisible();
    await admin.getByTestId("reject-reason").fill(reason);
    await admin.getByTestId("reject-seller").click();
    await expect(admin.getByTestId("decision-message")).toContainText("رفض");
    await admin.context().close();

    await signIn(page, a.email, "ar", SELLER_PASSWORD);
    await expectLoginError(page, reason);
  });

  test("onboarding documents: another seller or a signed-out visitor gets 404 on a seller's document URL", async ({
    page,
    request,
  }) => {
    expect(documentUrl).toMatch(/^\/api\/files\/[a-z0-9]+$/);
    const anonymous = await request.get(documentUrl);
    expect(anonymous.status()).toBe(404);
    await signInAndLand(page, "seller1@atlas.demo", "en", "/seller");
    const res = await page.request.get(documentUrl);
    expect(res.status()).toBe(404);
    expect(await res.text()).not.toContain("%PDF");
    const courier = await page.context().browser()!.newContext();
    const cp = await courier.newPage();
    await signInAndLand(cp, "courier1@atlas.demo", "en", "/delivery/courier");
    expect((await cp.request.get(documentUrl)).status()).toBe(404);
    await courier.close();
  });
});
