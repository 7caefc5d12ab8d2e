import { expect, test } from "@playwright/test";
import { signInAndLand } from "./support";

// Every seeded role lands on its own dashboard, in English and in Arabic (RTL).
const ROLES: Array<{ email: string; path: string; dashboard: string }> = [
  { email: "superadmin@atlas.demo", path: "/admin", dashboard: "dashboard-admin" },
  { email: "admin@atlas.demo", path: "/admin", dashboard: "dashboard-admin" },
  { email: "seller1@atlas.demo", path: "/seller", dashboard: "dashboard-seller" },
  { email: "seller2@atlas.demo", path: "/seller", dashboard: "dashboard-seller" },
  { email: "ccmanager@atlas.demo", path: "/callcenter/manager", dashboard: "dashboard-callcenterManager" },
  { email: "agent1@atlas.demo", path: "/callcenter/agent", dashboard: "dashboard-callcenterAgent" },
  { email: "agent2@atlas.demo", path: "/callcenter/agent", dashboard: "dashboard-callcenterAgent" },
  { email: "stock@atlas.demo", path: "/warehouse/inventory", dashboard: "dashboard-inventory" },
  { email: "packer@atlas.demo", path: "/warehouse/packaging", dashboard: "dashboard-packaging" },
  { email: "sourcing@atlas.demo", path: "/warehouse/sourcing", dashboard: "dashboard-sourcing" },
  { email: "dmanager@atlas.demo", path: "/delivery/manager", dashboard: "dashboard-deliveryManager" },
  { email: "courier1@atlas.demo", path: "/delivery/courier", dashboard: "dashboard-courier" },
  { email: "courier2@atlas.demo", path: "/delivery/courier", dashboard: "dashboard-courier" },
  { email: "finance@atlas.demo", path: "/finance", dashboard: "dashboard-finance" },
];

for (const locale of ["en", "ar"] as const) {
  for (const role of ROLES) {
    test(`${role.email} lands on ${role.path} in ${locale}`, async ({ page }) => {
      // Each user lands in their saved language; switch first so the test covers both.
      const saved = savedLocale(role.email);
      await signInAndLand(page, role.email, saved, role.path);
      if (saved !== locale) {
        await page.getByTestId("locale-switch").click();
        await expect(page).toHaveURL(new RegExp(`/${locale}${role.path}$`));
      }
      await expect(page.getByTestId(role.dashboard)).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      // The sidebar holds only pages this role may open: a seller never sees administration.
      if (role.path === "/seller") await expect(page.getByTestId("nav-users")).toHaveCount(0);
      // Switching language is remembered on the account: restore it for the other tests.
      if (saved !== locale) {
        await page.getByTestId("locale-switch").click();
        await expect(page).toHaveURL(new RegExp(`/${saved}${role.path}$`));
      }
    });
  }
}

// agent2 and courier2 are seeded with Arabic as their language; everyone else with English.
function savedLocale(email: string): "en" | "ar" {
  return email.startsWith("agent2") || email.startsWith("courier2") ? "ar" : "en";
}
