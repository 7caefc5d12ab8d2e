import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

export const PASSWORD = "Demo-Atlas-2026";

/** Signs in through the real login form and waits for the first page after it. */
export async function signIn(page: Page, email: string, locale: "en" | "ar" = "en", password = PASSWORD) {
  await page.goto(`/${locale}/login`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator('button[type="submit"]').click();
}

export async function signInAndLand(page: Page, email: string, locale: "en" | "ar", path: string) {
  await signIn(page, email, locale);
  await expect(page).toHaveURL(new RegExp(`/${locale}${path}$`));
}

export async function expectLoginError(page: Page, text: string | RegExp) {
  await expect(page.getByTestId("login-error")).toContainText(text);
}

export type Locale = "en" | "ar";
/** The translations, for asserting the text a journey should see in each language. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const M: Record<Locale, any> = {
  en: JSON.parse(readFileSync("messages/en.json", "utf8")),
  ar: JSON.parse(readFileSync("messages/ar.json", "utf8")),
};
/** Fills `{name}` placeholders of a simple (non-plural) message. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? `{${k}}`));
