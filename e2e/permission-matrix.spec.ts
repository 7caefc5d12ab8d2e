import { expect, test } from "@playwright/test";
import { signInAndLand } from "./support";

test("unticking a permission in the matrix removes that page on the user's next request", async ({ browser }) => {
  const victimCtx = await browser.newContext();
  const victim = await victimCtx.newPage();
  await signInAndLand(victim, "matrixvictim@atlas.demo", "en", "/admin");
  await victim.goto("/en/admin/audit");
  await expect(victim.getByTestId("page-title")).toBeVisible();
  await expect(victim.getByTestId("nav-audit")).toBeVisible();

  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  // Signed in with English saved; the Arabic URL shows the matrix in Arabic.
  await signInAndLand(admin, "superadmin@atlas.demo", "en", "/admin");
  await admin.goto("/ar/admin/roles");
  await expect(admin.locator("html")).toHaveAttribute("dir", "rtl");
  const cell = admin.getByTestId("cell-qa_auditor-audit.view");
  await expect(cell).toBeChecked();
  await cell.uncheck();
  await admin.getByTestId("save-matrix").click();
  await expect(admin.getByTestId("matrix-message")).toContainText("تم حفظ");
  await expect(admin.getByTestId("cell-qa_auditor-audit.view")).not.toBeChecked();

  // Same session, next request: the page is gone, and so is its menu entry.
  const res = await victim.goto("/en/admin/audit");
  expect(res?.status()).toBe(404);
  await victim.goto("/en/admin");
  await expect(victim.getByTestId("nav-audit")).toHaveCount(0);

  // The change is in the audit log, with before and after.
  await admin.goto("/en/admin/audit?action=role.permissions");
  const row = admin.getByTestId("audit-row").first();
  await expect(row).toContainText("role.permissions");
  await expect(row).toContainText("superadmin@atlas.demo");
  await expect(row).toContainText('"removed":["audit.view"]');
  await victimCtx.close();
  await adminCtx.close();
});

test("an admin creates a staff user, who must change the temporary password; disabling ends their session", async ({
  browser,
}) => {
  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await signInAndLand(admin, "admin@atlas.demo", "en", "/admin");
  await admin.goto("/en/admin/users/new");
  await admin.locator("#name").fill("Hessa Al Marri");
  await admin.locator("#email").fill("hessa.e2e@atlas.demo");
  await admin.locator("#roleId").selectOption({ label: "Finance" });
  await admin.getByRole("button", { name: "Create user" }).click();
  const temp = (await admin.getByTestId("temp-password").textContent())!.trim();
  expect(temp).toHaveLength(16);

  const userCtx = await browser.newContext();
  const user = await userCtx.newPage();
  await user.goto("/en/login");
  await user.locator("#email").fill("hessa.e2e@atlas.demo");
  await user.locator("#password").fill(temp);
  await user.locator('button[type="submit"]').click();
  await expect(user).toHaveURL(/\/en\/change-password$/);
  await user.locator("#currentPassword").fill(temp);
  await user.locator("#newPassword").fill("Desert-Rose-Ledger-42");
  await user.locator("#confirmPassword").fill("Desert-Rose-Ledger-42");
  await user.locator('button[type="submit"]').click();
  await expect(user).toHaveURL(/\/en\/finance$/);

  // The admin disables the account: the user's very next request is signed out.
  await admin.getByTestId("user-created").getByRole("link").click();
  await admin.getByTestId("disable-user").click();
  await expect(admin.getByTestId("user-status")).toContainText("Disabled");
  await user.goto("/en/finance");
  await expect(user).toHaveURL(/\/en\/login$/);
  await adminCtx.close();
  await userCtx.close();
});
