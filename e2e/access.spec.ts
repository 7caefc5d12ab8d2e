import { expect, test } from "@playwright/test";
import { expectLoginError, PASSWORD, signIn, signInAndLand } from "./support";

test("a seller opening admin and call-center URLs gets a 404 and no data", async ({ page }) => {
  await signInAndLand(page, "seller1@atlas.demo", "en", "/seller");
  for (const path of ["/en/admin", "/en/admin/users", "/en/admin/roles", "/en/admin/audit", "/en/callcenter/manager", "/en/callcenter/agent", "/en/finance"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
    await expect(page.getByTestId("users-table")).toHaveCount(0);
    await expect(page.getByTestId("audit-table")).toHaveCount(0);
    await expect(page.locator("body")).not.toContainText("superadmin@atlas.demo");
  }
});

test("signed-out visitors are sent to the login page", async ({ page }) => {
  await page.goto("/en/admin/users");
  await expect(page).toHaveURL(/\/en\/login$/);
});

test("accounts that may not sign in are told why, in their language", async ({ page }) => {
  await signIn(page, "rejected@atlas.demo");
  await expectLoginError(page, "Trade licence copy is expired");
  await signIn(page, "pending@atlas.demo", "ar");
  await expectLoginError(page, "بانتظار موافقة");
  await signIn(page, "unverified@atlas.demo");
  await expectLoginError(page, /not verified/);
  await signIn(page, "disabled@atlas.demo");
  await expectLoginError(page, /disabled/);
  await signIn(page, "seller1@atlas.demo", "en", "wrong-password-123");
  await expectLoginError(page, /not correct/);
});

test("repeated failed sign-ins lock the account with a clear message", async ({ page }) => {
  for (let i = 0; i < 4; i++) {
    await signIn(page, "lockme@atlas.demo", "en", `wrong-${i}-password`);
    await expectLoginError(page, /not correct/);
  }
  await signIn(page, "lockme@atlas.demo", "en", "wrong-final-password");
  await expectLoginError(page, /locked/);
  // Even the right password is refused while the lock lasts.
  await signIn(page, "lockme@atlas.demo", "en", PASSWORD);
  await expectLoginError(page, /locked/);
  await signIn(page, "lockme@atlas.demo", "ar", PASSWORD);
  await expectLoginError(page, "قفل");
});

test("a temporary-password user must set a new password before anything else", async ({ page }) => {
  await signIn(page, "tempuser@atlas.demo");
  await expect(page).toHaveURL(/\/en\/change-password$/);
  await expect(page.getByTestId("change-password-reason")).toContainText("temporary password");
  // Other pages send them back here.
  await page.goto("/en/warehouse/inventory");
  await expect(page).toHaveURL(/\/en\/change-password$/);
  // A weak password is refused with a translated reason, and nothing changes.
  await page.locator("#currentPassword").fill(PASSWORD);
  await page.locator("#newPassword").fill("password123");
  await page.locator("#confirmPassword").fill("password123");
  await page.locator('button[type="submit"]').click();
  await expect(page.getByText("This password is too common.")).toBeVisible();
  await page.locator("#newPassword").fill("Falcon-Harbour-Spice-77");
  await page.locator("#confirmPassword").fill("Falcon-Harbour-Spice-77");
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/warehouse\/inventory$/);
  await expect(page.getByTestId("dashboard-inventory")).toBeVisible();
});
