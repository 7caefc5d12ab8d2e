// Every page of the sidebar, with the permission that opens it. The sidebar shows what the
// actor may open; the landing page after sign-in is the first entry the actor may open (so a
// custom role lands somewhere sensible without code knowing role names). Pages check the
// same permission server-side (requirePagePermission); this list is for display. Order
// matters: a role's main work comes before pages it only consults (a packer can view
// inventory, but lands on packing).
import type { Permission } from "@/lib/rbac/permissions";

export type NavItem = { key: string; href: string; permissions: readonly Permission[]; section: NavSection };
export type NavSection = "admin" | "seller" | "callcenter" | "warehouse" | "delivery" | "finance";

export const NAV_ITEMS: readonly NavItem[] = [
  { key: "adminDashboard", href: "/admin", permissions: ["users.view"], section: "admin" },
  { key: "users", href: "/admin/users", permissions: ["users.view"], section: "admin" },
  { key: "roles", href: "/admin/roles", permissions: ["roles.manage"], section: "admin" },
  { key: "audit", href: "/admin/audit", permissions: ["audit.view"], section: "admin" },
  { key: "sellerApprovals", href: "/admin/sellers", permissions: ["users.approve"], section: "admin" },
  { key: "productApprovals", href: "/admin/products", permissions: ["products.approve"], section: "admin" },
  { key: "settings", href: "/admin/settings", permissions: ["settings.manage"], section: "admin" },
  { key: "sellerDashboard", href: "/seller", permissions: ["orders.view_own"], section: "seller" },
  { key: "sellerOrders", href: "/seller/orders", permissions: ["orders.view_own"], section: "seller" },
  { key: "sellerImport", href: "/seller/orders/import", permissions: ["orders.import"], section: "seller" },
  { key: "sellerProducts", href: "/seller/products", permissions: ["products.manage_own"], section: "seller" },
  { key: "sellerReturns", href: "/seller/returns", permissions: ["returns.view_own"], section: "seller" },
  { key: "sellerFinance", href: "/seller/finance", permissions: ["finance.statements.view_own"], section: "seller" },
  { key: "sellerApi", href: "/seller/api", permissions: ["api.tokens.manage_own"], section: "seller" },
  { key: "callcenterManager", href: "/callcenter/manager", permissions: ["callcenter.assign"], section: "callcenter" },
  {
    key: "callcenterEscalations",
    href: "/callcenter/manager/escalations",
    permissions: ["callcenter.escalations"],
    section: "callcenter",
  },
  { key: "callcenterAgent", href: "/callcenter/agent", permissions: ["callcenter.call"], section: "callcenter" },
  {
    key: "callcenterMetrics",
    href: "/callcenter/metrics",
    permissions: ["callcenter.metrics", "callcenter.call"],
    section: "callcenter",
  },
  { key: "packaging", href: "/warehouse/packaging", permissions: ["packaging.pack"], section: "warehouse" },
  { key: "inventory", href: "/warehouse/inventory", permissions: ["inventory.view"], section: "warehouse" },
  { key: "returns", href: "/warehouse/returns", permissions: ["returns.inspect"], section: "warehouse" },
  {
    key: "sourcing",
    href: "/warehouse/sourcing",
    permissions: ["sourcing.suppliers.manage", "sourcing.requests.approve"],
    section: "warehouse",
  },
  { key: "deliveryManager", href: "/delivery/manager", permissions: ["delivery.assign"], section: "delivery" },
  {
    key: "deliveryConfirmations",
    href: "/delivery/manager/confirmations",
    permissions: ["delivery.confirm"],
    section: "delivery",
  },
  {
    key: "deliveryPartners",
    href: "/delivery/manager/partners",
    permissions: ["delivery.partners.manage"],
    section: "delivery",
  },
  {
    key: "deliveryPerformance",
    href: "/delivery/manager/performance",
    permissions: ["delivery.assign", "delivery.confirm"],
    section: "delivery",
  },
  { key: "courier", href: "/delivery/courier", permissions: ["delivery.update_own"], section: "delivery" },
  {
    key: "finance",
    href: "/finance",
    permissions: ["finance.reports", "finance.statements.view_all"],
    section: "finance",
  },
  { key: "financeFees", href: "/finance/fees", permissions: ["finance.fees.manage"], section: "finance" },
  { key: "financeCod", href: "/finance/cod", permissions: ["finance.cod.reconcile"], section: "finance" },
  {
    key: "financeStatements",
    href: "/finance/statements",
    permissions: ["finance.statements.view_all"],
    section: "finance",
  },
  { key: "financeInvoices", href: "/finance/invoices", permissions: ["finance.invoices.manage"], section: "finance" },
  {
    key: "financePayouts",
    href: "/finance/payouts",
    permissions: ["finance.payout.create", "finance.payout.approve", "finance.payout.pay"],
    section: "finance",
  },
  {
    key: "financeRefunds",
    href: "/finance/refunds",
    permissions: ["finance.payout.approve", "finance.payout.pay"],
    section: "finance",
  },
  { key: "financeReports", href: "/finance/reports", permissions: ["finance.reports"], section: "finance" },
];

export function visibleNav(perms: ReadonlySet<string>): NavItem[] {
  return NAV_ITEMS.filter((i) => i.permissions.some((p) => perms.has(p)));
}

/** Where a user lands after sign-in; `/account` when no page is open to them. */
export function landingPath(perms: ReadonlySet<string>): string {
  return visibleNav(perms)[0]?.href ?? "/account";
}

export function navItem(key: string): NavItem {
  const item = NAV_ITEMS.find((i) => i.key === key);
  if (!item) throw new Error(`unknown nav item ${key}`);
  return item;
}
