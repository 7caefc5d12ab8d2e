// Browser flows shared by several journeys (onboarding, catalogue, the whole seller journey).
import { expect, type Browser, type Page } from "@playwright/test";
import { fill, M, signIn } from "./support";

export const SELLER_PASSWORD = "Falcon-Dunes-2026";
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

export type Applicant = { email: string; name: string; store: string; locale: "en" | "ar" };

export function applicant(locale: "en" | "ar", tag: string): Applicant {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  return { email: `onb-${tag}-${stamp}@shop.test`, name: `Applicant ${tag}`, store: `Rose ${tag} ${stamp}`, locale };
}

export async function completeWizard(page: Page, a: Applicant) {
  await page.goto(`/${a.locale}/register`);
  await expect(page.getByTestId("register-wizard")).toBeVisible();
  // Step 1: a mismatched confirmation keeps us on the step.
  await page.locator("#name").fill(a.name);
  await page.locator("#email").fill(a.email);
  await page.locator("#password").fill(SELLER_PASSWORD);
  await page.locator("#confirmPassword").fill("Something-Else-2026");
  await page.getByTestId("register-next").click();
  await expect(page.locator("#confirmPassword")).toHaveAttribute("aria-invalid", "true");
  await page.locator("#confirmPassword").fill(SELLER_PASSWORD);
  await page.getByTestId("register-next").click();
  // Step 2.
  await page.locator("#companyName").fill(`${a.store} Trading LLC`);
  await page.locator("#storeName").fill(a.store);
  await page.locator("#storeLink").fill("https://rose-shop.ae");
  await page.locator("#phone").fill("050 123 4567");
  await page.locator("#emirate").selectOption("dubai");
  await page.getByTestId("register-next").click();
  // Step 3: documents as generated buffers.
  await page
    .getByTestId("file-tradeLicence")
    .setInputFiles({ name: "licence.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByTestId("file-idDocument").setInputFiles({ name: "id-card.png", mimeType: "image/png", buffer: PNG });
  await page.getByTestId("register-next").click();
  // Step 4: review; going back keeps what was entered (files too).
  await expect(page.getByTestId("register-review")).toContainText(a.email);
  await expect(page.getByTestId("register-review")).toContainText("licence.pdf");
  await page.getByTestId("register-back").click();
  await expect(page.getByTestId("chosen-idDocument")).toContainText("id-card.png");
  await page.getByTestId("register-back").click();
  await expect(page.locator("#storeName")).toHaveValue(a.store);
  await page.getByTestId("register-back").click();
  await expect(page.locator("#email")).toHaveValue(a.email);
  for (let i = 0; i < 3; i++) await page.getByTestId("register-next").click();
  await expect(page.getByTestId("register-review")).toContainText("id-card.png");
  await page.getByTestId("register-submit").click();
  await expect(page.getByTestId("register-done")).toContainText(a.email);
}

/** Opens the verification link from the dev outbox and confirms. */
export async function verifyFromOutbox(page: Page, a: Applicant, expected: RegExp | string) {
  await page.goto("/en/dev-outbox");
  const mail = page.getByTestId("outbox-email").filter({ hasText: a.email }).first();
  const text = await mail.locator("pre").innerText();
  const link = /(https?:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]+)/.exec(text)?.[1];
  expect(link, "verification link in the email").toBeTruthy();
  expect(link).toContain(`/${a.locale}/verify-email`);
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await page.getByTestId("verify-confirm").click();
  await expect(page.getByTestId("verify-result")).toContainText(expected);
}

export async function as(browser: Browser, email: string, locale: "en" | "ar"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, locale);
  await expect(page).not.toHaveURL(/\/login$/);
  return page;
}

export async function createProduct(
  page: Page,
  locale: "en" | "ar",
  name: string,
  withImage: boolean,
  sellerCode = "OASIS",
) {
  await page.goto(`/${locale}/seller/products/new`);
  await page.locator("#nameEn").fill(name);
  await page.locator("#nameAr").fill(`منتج ${name}`);
  await page.locator("#categoryId").selectOption({ index: 1 });
  await page.locator("#weightGrams").fill("250");
  await page.locator("#sellingPrice").fill("12.5");
  await page.locator("#purchasePrice").fill("4.75");
  if (withImage) {
    await page.getByTestId("image-input").setInputFiles({ name: "product.png", mimeType: "image/png", buffer: PNG });
    await expect(page.getByTestId("new-image")).toHaveCount(1);
  }
  await page.getByTestId("save-product").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/seller/products/[a-z0-9]+\\?created=1$`));
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const sku = (await page.getByTestId("product-sku").textContent())!.trim();
  expect(sku).toMatch(new RegExp(`^ATL-${sellerCode}-\\d{5}$`));
  return { id, sku };
}

/** Fills and submits the seller's order form; returns the new order's detail URL, id and code. */
export async function createOrderByForm(
  page: Page,
  locale: "en" | "ar",
  customer: string,
  phone: string,
  opts: { sku?: string; quantity?: number } = {},
) {
  await page.goto(`/${locale}/seller/orders/new`);
  await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
  await page.locator("#customerName").fill(customer);
  await page.locator("#customerPhone").fill(phone);
  await page.locator("#emirate").selectOption("dubai");
  await page.locator("#city").fill("Dubai");
  await page.locator("#street").fill("Sheikh Zayed Road");
  const select = page.getByTestId("line-product-0");
  const value = await select.locator("option", { hasText: opts.sku ?? "ATL-OASIS-00001" }).getAttribute("value");
  await select.selectOption(value!);
  await page.getByTestId("line-quantity-0").fill(String(opts.quantity ?? 2));
  await page.getByTestId("order-submit").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/seller/orders/[0-9a-f-]{36}\\?created=1$`));
  const code = (await page.getByTestId("order-code").first().textContent())!.trim();
  expect(code).toMatch(/^#\d{9,}$/);
  const url = page.url().replace(/\?.*$/, "");
  return { url, id: url.split("/").pop()!, code };
}

/** A seller1 order confirmed through the call center's own screens (manager assigns to Maria Santos, agent1 confirms). */
export async function confirmedOrder(
  browser: Browser,
  locale: "en" | "ar",
  customer: string,
  phone: string,
  opts: { sku?: string; quantity?: number } = {},
) {
  const L = M[locale];
  const seller = await as(browser, "seller1@atlas.demo", locale);
  const order = await createOrderByForm(seller, locale, customer, phone, opts);
  const manager = await as(browser, "ccmanager@atlas.demo", locale);
  await manager.goto(`/${locale}/callcenter/manager?view=unassigned&q=${encodeURIComponent(order.code)}`);
  const row = manager.locator(`[data-testid="queue-row"][data-code="${order.code}"]`);
  await row.getByTestId("queue-select").check();
  const agentSelect = manager.getByTestId("assign-agent");
  const value = await agentSelect.locator("option", { hasText: "Maria Santos" }).first().getAttribute("value");
  await agentSelect.selectOption(value!);
  await manager.getByTestId("assign-selected").click();
  await expect(manager.getByTestId("queue-message")).toHaveText(
    fill(L.callcenter.queue.assigned, { assigned: "1", skipped: "0" }),
  );
  const agent = await as(browser, "agent1@atlas.demo", locale);
  await agent.goto(`/${locale}/callcenter/orders/${order.id}`);
  await agent.getByTestId("outcome-confirmed").check({ force: true });
  await agent.getByTestId("record-outcome").click();
  await expect(agent.getByTestId("outcome-result")).toHaveText(
    fill(L.callcenter.outcome.done.confirmed, { state: L.states.callcenter_approved }),
  );
  await Promise.all([seller, manager, agent].map((p) => p.context().close()));
  return order;
}
