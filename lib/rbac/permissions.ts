// The one permission catalogue. Code checks permissions, never role names; roles are data
// (seeded from DEFAULT_ROLE_GRANTS, then edited in the permission matrix).

export const PERMISSION_GROUPS = {
  users: ["users.view", "users.manage", "users.approve"],
  roles: ["roles.manage"],
  settings: ["settings.manage"],
  audit: ["audit.view"],
  products: ["products.manage_own", "products.view_all", "products.approve"],
  orders: [
    "orders.create",
    "orders.view_own",
    "orders.view_all",
    "orders.cancel_own",
    "orders.import",
    "orders.export",
  ],
  callcenter: ["callcenter.assign", "callcenter.call", "callcenter.escalations", "callcenter.metrics"],
  inventory: ["inventory.view", "inventory.receive", "inventory.adjust", "inventory.transfer", "inventory.count"],
  packaging: ["packaging.pack", "packaging.qc", "labels.print"],
  delivery: ["delivery.assign", "delivery.update_own", "delivery.confirm", "delivery.partners.manage"],
  returns: ["returns.view_own", "returns.inspect"],
  finance: [
    "finance.fees.manage",
    "finance.cod.reconcile",
    "finance.statements.view_own",
    "finance.statements.view_all",
    "finance.payout.create",
    "finance.payout.approve",
    "finance.payout.pay",
    "finance.invoices.manage",
    "finance.reports",
  ],
  sourcing: ["sourcing.suppliers.manage", "sourcing.requests.create", "sourcing.requests.approve"],
  analytics: ["analytics.view"],
  api: ["api.tokens.manage_own"],
} as const;

export type PermissionGroup = keyof typeof PERMISSION_GROUPS;
export type Permission = (typeof PERMISSION_GROUPS)[PermissionGroup][number];

export const ALL_PERMISSIONS: readonly Permission[] = Object.values(PERMISSION_GROUPS).flat();
const KNOWN = new Set<string>(ALL_PERMISSIONS);

export function isPermission(value: string): value is Permission {
  return KNOWN.has(value);
}

export const SYSTEM_ROLES = [
  "super_admin",
  "admin",
  "seller",
  "callcenter_manager",
  "callcenter_agent",
  "stock_keeper",
  "packaging_agent",
  "delivery_manager",
  "delivery_agent",
  "finance",
  "sourcing_agent",
] as const;
export type SystemRole = (typeof SYSTEM_ROLES)[number];

const without = (...excluded: Permission[]) => ALL_PERMISSIONS.filter((p) => !excluded.includes(p));

/** Default grants of the seeded roles. Seller-facing "own" permissions are only for sellers. */
export const DEFAULT_ROLE_GRANTS: Record<SystemRole, readonly Permission[]> = {
  super_admin: without(
    "products.manage_own",
    "orders.view_own",
    "orders.cancel_own",
    "returns.view_own",
    "finance.statements.view_own",
    "api.tokens.manage_own",
    "delivery.update_own",
    "callcenter.call",
  ),
  admin: [
    "users.view",
    "users.manage",
    "users.approve",
    "settings.manage",
    "audit.view",
    "products.view_all",
    "products.approve",
    "orders.create",
    "orders.view_all",
    "orders.export",
    "analytics.view",
  ],
  seller: [
    "products.manage_own",
    "orders.create",
    "orders.view_own",
    "orders.cancel_own",
    "orders.import",
    "orders.export",
    "returns.view_own",
    "finance.statements.view_own",
    "sourcing.requests.create",
    "api.tokens.manage_own",
  ],
  callcenter_manager: ["callcenter.assign", "callcenter.escalations", "callcenter.metrics", "orders.view_all"],
  callcenter_agent: ["callcenter.call"],
  stock_keeper: [
    "inventory.view",
    "inventory.receive",
    "inventory.adjust",
    "inventory.transfer",
    "inventory.count",
    "labels.print",
    "returns.inspect",
  ],
  packaging_agent: ["packaging.pack", "packaging.qc", "labels.print", "inventory.view"],
  delivery_manager: ["delivery.assign", "delivery.confirm", "delivery.partners.manage", "orders.view_all"],
  delivery_agent: ["delivery.update_own"],
  finance: [
    "finance.fees.manage",
    "finance.cod.reconcile",
    "finance.statements.view_all",
    "finance.payout.create",
    "finance.payout.approve",
    "finance.payout.pay",
    "finance.invoices.manage",
    "finance.reports",
    "analytics.view",
  ],
  sourcing_agent: [
    "sourcing.suppliers.manage",
    "sourcing.requests.create",
    "sourcing.requests.approve",
    "products.view_all",
  ],
};

/**
 * Permissions that administer Atlas itself. Whoever manages users may hand out operational
 * permissions (a user admin creates couriers and finance clerks), but never administrative
 * power they do not hold themselves (see lib/rbac/escalation.ts).
 */
export const PRIVILEGED_PERMISSIONS: ReadonlySet<Permission> = new Set<Permission>([
  "users.view",
  "users.manage",
  "users.approve",
  "roles.manage",
  "settings.manage",
  "audit.view",
]);

export type PermissionOverride = { permission: string; effect: "grant" | "revoke" };

/**
 * Effective permissions: the role's grants, plus per-user grants, minus per-user revocations
 * (a revocation wins). Strings that are not in the catalogue are dropped: unknown = deny.
 */
export function resolvePermissions(
  roleGrants: Iterable<string>,
  overrides: Iterable<PermissionOverride> = [],
): ReadonlySet<Permission> {
  const granted = new Set<Permission>();
  for (const p of roleGrants) if (isPermission(p)) granted.add(p);
  const revoked: string[] = [];
  for (const o of overrides) {
    if (!isPermission(o.permission)) continue;
    if (o.effect === "grant") granted.add(o.permission);
    else revoked.push(o.permission);
  }
  for (const p of revoked) granted.delete(p as Permission);
  return granted;
}

export function hasPermission(perms: ReadonlySet<string>, permission: string): boolean {
  return isPermission(permission) && perms.has(permission);
}
