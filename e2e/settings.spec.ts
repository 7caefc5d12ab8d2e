// Admin settings, including the call-center rules (enum settings render as selects), in
// English and Arabic. Restores the defaults so later journeys see the usual rules.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { as } from "./flows";

const M = {
  en: JSON.parse(readFileSync("messages/en.json", "utf8")),
  ar: JSON.parse(readFileSync("messages/ar.json", "utf8")),
};

for (const locale of ["en", "ar"] as const) {
  test(`settings: the admin changes the call-center rules; bad values are refused (${locale})`, async ({ browser }) => {
    const L = M[locale];
    const admin = await as(browser, "admin@atlas.demo", locale);
    await admin.goto(`/${locale}/admin/settings`);
    await expect(admin.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    const mode = admin.locator('[id="callcenter.autoAssignMode"]');
    await expect(mode.locator("option")).toHaveText([L.settings.choices.least_loaded, L.settings.choices.round_robin]);
    await expect(admin.getByText(L.settings.keys.callcenter_afterFinalNoAnswer)).toBeVisible();

    // Out of bounds: refused in the reader's language, nothing saved.
    await admin.locator('[id="callcenter.maxAttempts"]').fill("0");
    await admin.getByRole("button", { name: L.common.save }).click();
    await expect(admin.locator(".field-error").first()).toBeVisible();
    await admin.reload();
    await expect(admin.locator('[id="callcenter.maxAttempts"]')).toHaveValue("3");

    await mode.selectOption("round_robin");
    await admin.locator('[id="callcenter.maxAttempts"]').fill("4");
    await admin.getByRole("button", { name: L.common.save }).click();
    await expect(admin.getByTestId("settings-message")).toHaveText(L.common.saved);
    await admin.reload();
    await expect(mode).toHaveValue("round_robin");
    await expect(admin.locator('[id="callcenter.maxAttempts"]')).toHaveValue("4");

    // Back to the defaults for the other journeys.
    await mode.selectOption("least_loaded");
    await admin.locator('[id="callcenter.maxAttempts"]').fill("3");
    await admin.getByRole("button", { name: L.common.save }).click();
    await expect(admin.getByTestId("settings-message")).toHaveText(L.common.saved);
    await admin.context().close();
  });
}
