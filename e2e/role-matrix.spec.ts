// The role × page matrix, generated from the two sources of truth: DEFAULT_ROLE_GRANTS
// (lib/rbac/permissions.ts) and NAV_ITEMS (lib/navigation.ts). Each seeded system-role user
// signs in once through the real form and must land on landingPath(grants); then every page of
// the sidebar is fetched with the session's cookie: 200 where the role's grants open it, a 404
// with nothing of the page otherwise. System roles are at their defaults here: the only spec
// that edits the matrix (permission-matrix.spec.ts) edits the non-system role qa_auditor.
import { expect, test } from "@playwright/test";
import { DEFAULT_ROLE_GRANTS, SYSTEM_ROLES, type Permission, type SystemRole } from "../lib/rbac/permissions";
import { landingPath, NAV_ITEMS } from "../lib/navigation";
import { signIn } from "./support";

/** One seeded demo user per system role (prisma/seed.ts; README "Demo logins"). */
const USERS: Record<SystemRole, string> = {
  super_admin: "superadmin@atlas.demo",
  admin: "admin@atlas.demo",
  seller: "seller1@atlas.demo",
  callcenter_manager: "ccmanager@atlas.demo",
  callcenter_agent: "agent1@atlas.demo",
  stock_keeper: "stock@atlas.demo",
  packaging_agent: "packer@atlas.demo",
  delivery_manager: "dmanager@atlas.demo",
  delivery_agent: "courier1@atlas.demo",
  finance: "finance@atlas.demo",
  sourcing_agent: "sourcing@atlas.demo",
};

/**
 * Pages that open for more than the permission their sidebar entry names. The order list is
 * also the consultation list of staff with orders.view_all (call-center and delivery
 * managers, admins), but it is not in their sidebar, so they do not land on it.
 */
const ALSO_OPENS_FOR: Partial<Record<string, readonly Permission[]>> = {
  "/seller/orders": ["orders.view_all"],
};

test("role matrix: every system role has a demo user, and every page names known permissions", () => {
  expect(Object.keys(USERS).sort()).toEqual([...SYSTEM_ROLES].sort());
  for (const item of NAV_ITEMS) expect(item.permissions.length, item.href).toBeGreaterThan(0);
});

for (const role of SYSTEM_ROLES) {
  const email = USERS[role];
  const grants = new Set<string>(DEFAULT_ROLE_GRANTS[role]);
  const landing = landingPath(grants);

  test(`role matrix: ${role} (${email}) lands on ${landing} and opens exactly its pages`, async ({ browser }) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await signIn(page, email, "en");
      await expect(page).toHaveURL(new RegExp(`/en${landing.replace(/[/]/g, "\\/")}$`));

      const results = await Promise.all(
        NAV_ITEMS.map(async (item) => {
          const opens = [...item.permissions, ...(ALSO_OPENS_FOR[item.href] ?? [])].some((p) => grants.has(p));
          // No redirects followed: a lost session (→ login) must not pass as a page.
          const res = await context.request.get(`/en${item.href}`, { maxRedirects: 0 });
          // Unrendered HTML: the page is in the RSC payload as escaped JSON; read it unescaped.
          const body = (await res.text()).replace(/\\/g, "");
          return {
            item,
            opens,
            status: res.status(),
            notFound: body.includes("NEXT_HTTP_ERROR_FALLBACK;404"),
            notFoundView: /data-testid(="|":")not-found"/.test(body),
            pageContent:
              body.match(/data-testid(?:="|":")(dashboard-[A-Za-z]+|[a-z-]+-table|page-title)"/)?.[1] ?? null,
          };
        }),
      );
      for (const r of results) {
        const where = `${role} GET /en${r.item.href} (needs ${r.item.permissions.join(" | ")})`;
        expect(r.status, where).toBe(r.opens ? 200 : 404);
        expect(r.notFound, `${where}: rendered as not-found`).toBe(!r.opens);
        if (!r.opens) {
          expect(r.notFoundView, `${where}: the 404 view`).toBe(true);
          // Nothing of the page itself is rendered: no dashboard, table or page title.
          expect(r.pageContent, `${where}: page content in the 404`).toBeNull();
        }
      }
    } finally {
      await context.close();
    }
  });
}
