import { expect, test } from "@playwright/test";
import { expectLoginError, PASSWORD, signIn, signInAndLand } from "./support";

test("a seller opening admin and call-center URLs gets a 404 and no data", async ({ page }) => {
  await signInAndLand(page, "seller1@atlas.demo", "en", "/seller");
  for (const path of [
    "/en/admin",
    "/en/admin/users",
    "/en/admin/roles",
    "/en/admin/audit",
    "/en/callcenter/manager",
    "/en/callcenter/agent",
    "/en/finance",
  ]) {
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

test("pages carry the security headers and the session cookie is HttpOnly and SameSite", async ({ page }) => {
  const res = await page.goto("/en/login");
  const h = res!.headers();
  expect(h["strict-transport-security"]).toContain("max-age=31536000");
  expect(h["strict-transport-security"]).toContain("includeSubDomains");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["permissions-policy"]).toBeTruthy();
  expect(h["x-powered-by"]).toBeUndefined();
  expect(h["cache-control"]).toContain("no-store");
  const csp = h["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  // Every script Next renders carries this response's nonce.
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const scripts = await page
    .locator("script[src]")
    .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const n of scripts) expect(n).toBe(nonce);

  await page.locator("#email").fill("seller2@atlas.demo");
  await page.locator("#password").fill("Demo-Atlas-2026");
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/seller$/);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("atlas.session"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});

test("signing out ends the session on the server", async ({ page }) => {
  await page.goto("/en/login");
  await page.locator("#email").fill("finance@atlas.demo");
  await page.locator("#password").fill("Demo-Atlas-2026");
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/finance$/);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("atlas.session"))!;
  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/en\/login$/);
  // A copy of the old cookie is worthless: its session row is revoked.
  await page.context().addCookies([cookie]);
  await page.goto("/en/finance");
  await expect(page).toHaveURL(/\/en\/login$/);
});

test("the users list searches, filters and paginates on the server, in Arabic", async ({ page }) => {
  await page.goto("/en/login");
  await page.locator("#email").fill("admin@atlas.demo");
  await page.locator("#password").fill("Demo-Atlas-2026");
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/admin$/);
  await page.goto("/ar/admin/users?q=agent");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const rows = page.getByTestId("user-row");
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId("users-table")).toContainText("agent1@atlas.demo");
  await page.goto("/ar/admin/users?status=disabled");
  await expect(page.getByTestId("users-table")).toContainText("disabled@atlas.demo");
  await expect(rows.first().getByTestId("user-status")).toContainText("معطّل");
  // 20+ seeded accounts: the first page holds 25 at most and says how many there are.
  await page.goto("/ar/admin/users");
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(25);
  await expect(page.getByTestId("pagination")).toContainText("الصفحة 1");
});
