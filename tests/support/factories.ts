// Builders for integration tests. Import only from integration files (DATABASE_URL must
// already point at the file's database, which tests/support/db-setup.ts arranges).
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Role, User, UserSession } from "@/generated/prisma/client";
import type { OrderState, UserStatus } from "@/generated/prisma/enums";
import { DEFAULT_ROLE_GRANTS, SYSTEM_ROLES, type SystemRole } from "@/lib/rbac/permissions";
import { ACTOR_USER_INCLUDE, actorFromUser, loadActor, type Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/passwords";
import { clearSettingsCache } from "@/lib/settings/get-settings";

const uid = () => randomBytes(5).toString("hex");

// Not a valid argon2 string: verifyPassword() returns false for it. Pass `password` to
// createUser when a test needs to sign in (hashing costs ~30 ms).
export const UNUSABLE_PASSWORD_HASH = "test-unusable-hash";

/** Upserts every system role with its DEFAULT_ROLE_GRANTS. Returns roles by key. */
export async function seedSystemRoles(): Promise<Record<SystemRole, Role>> {
  const out = {} as Record<SystemRole, Role>;
  for (const key of SYSTEM_ROLES) {
    const role = await db.role.upsert({
      where: { key },
      update: {},
      create: { key, nameEn: key, nameAr: key, isSystem: true },
    });
    await db.rolePermission.createMany({
      data: DEFAULT_ROLE_GRANTS[key].map((permission) => ({ roleId: role.id, permission })),
      skipDuplicates: true,
    });
    out[key] = role;
  }
  return out;
}

/** A custom (non-system) role with exactly these permission strings (unknown ones included). */
export async function createRole(opts: { key?: string; permissions?: string[] } = {}): Promise<Role> {
  const key = opts.key ?? `role_${uid()}`;
  return db.role.create({
    data: {
      key,
      nameEn: key,
      nameAr: key,
      permissions: { create: (opts.permissions ?? []).map((permission) => ({ permission })) },
    },
  });
}

async function roleIdFor(role: string | Role): Promise<string> {
  if (typeof role !== "string") return role.id;
  const found = await db.role.findUnique({ where: { key: role }, select: { id: true } });
  if (found) return found.id;
  if ((SYSTEM_ROLES as readonly string[]).includes(role)) return (await seedSystemRoles())[role as SystemRole].id;
  throw new Error(`createUser: no role with key ${role}`);
}

export type CreateUserOptions = {
  role?: string | Role; // a role key (system roles are seeded on demand) or a Role row
  email?: string;
  name?: string;
  password?: string;
  /** A precomputed hash (hash once per file with hashPassword, reuse it for many users). */
  passwordHash?: string;
  status?: UserStatus;
  emailVerified?: boolean;
  mustChangePassword?: boolean;
  locale?: "en" | "ar";
  grants?: string[];
  revokes?: string[];
};

export async function createUser(opts: CreateUserOptions = {}): Promise<User> {
  const id = uid();
  return db.user.create({
    data: {
      email: (opts.email ?? `user-${id}@test.atlas`).toLowerCase(),
      name: opts.name ?? `Test User ${id}`,
      passwordHash: opts.passwordHash ?? (opts.password ? await hashPassword(opts.password) : UNUSABLE_PASSWORD_HASH),
      roleId: await roleIdFor(opts.role ?? "admin"),
      status: opts.status ?? "active",
      emailVerifiedAt: opts.emailVerified === false ? null : new Date(),
      mustChangePassword: opts.mustChangePassword ?? false,
      locale: opts.locale ?? "en",
      permissionOverrides: {
        create: [
          ...(opts.grants ?? []).map((permission) => ({ permission, effect: "grant" as const })),
          ...(opts.revokes ?? []).map((permission) => ({ permission, effect: "revoke" as const })),
        ],
      },
    },
  });
}

export async function createSession(
  userId: string,
  opts: { remember?: boolean; now?: Date; lastSeenAt?: Date; expiresAt?: Date; revokedAt?: Date | null } = {},
): Promise<UserSession> {
  const now = opts.now ?? new Date();
  return db.userSession.create({
    data: {
      userId,
      remember: opts.remember ?? false,
      createdAt: now,
      lastSeenAt: opts.lastSeenAt ?? now,
      expiresAt: opts.expiresAt ?? new Date(now.getTime() + 12 * 3_600_000),
      revokedAt: opts.revokedAt ?? null,
    },
  });
}

/**
 * The Actor a request by this user would get: opens a UserSession and goes through the real
 * loadActor() (outside a request its ip / userAgent / requestId are null).
 */
export async function actorFor(user: Pick<User, "id">): Promise<Actor> {
  clearSettingsCache();
  const session = await createSession(user.id);
  const actor = await loadActor(session.id);
  if (!actor) throw new Error(`actorFor: user ${user.id} cannot act (inactive, unverified or no session)`);
  return actor;
}

/** An Actor built straight from the rows, without a session (for pure permission checks). */
export async function buildActor(userId: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { id: userId }, include: ACTOR_USER_INCLUDE });
  return actorFromUser(u, "test-session", { ip: null, userAgent: null, requestId: null });
}

/** Shortcut: a user of a system role and their Actor. */
export async function userWithActor(opts: CreateUserOptions = {}): Promise<{ user: User; actor: Actor }> {
  const user = await createUser(opts);
  return { user, actor: await actorFor(user) };
}

/** A seller user with an approved profile. */
export async function createSeller(opts: CreateUserOptions & { code?: string } = {}) {
  const user = await createUser({ ...opts, role: opts.role ?? "seller" });
  const code = opts.code ?? `S${uid().toUpperCase().slice(0, 6)}`;
  const profile = await db.sellerProfile.create({
    data: {
      userId: user.id,
      code,
      companyName: `${code} Trading LLC`,
      storeName: `${code} Store`,
      phone: "+971501234567",
      emirate: "dubai",
      approvedAt: new Date(),
    },
  });
  return { user, profile };
}

export async function createProduct(sellerId: string, opts: { approved?: boolean; priceFils?: number } = {}) {
  const id = uid().toUpperCase();
  return db.product.create({
    data: {
      sellerId,
      sku: `ATL-T-${id}`,
      barcode: `T${id}`,
      nameEn: `Product ${id}`,
      nameAr: `منتج ${id}`,
      sellingPriceFils: opts.priceFils ?? 10_000,
      purchasePriceFils: 5_000,
      weightGrams: 500,
      approval: opts.approved === false ? "pending" : "approved",
      approvedAt: opts.approved === false ? null : new Date(),
    },
  });
}

export async function createWarehouseWithBin(
  opts: { kind?: "storage" | "receiving" | "packing" | "damaged" | "returns" } = {},
) {
  const id = uid().toUpperCase();
  const warehouse = await db.warehouse.create({
    data: { code: `W${id}`, nameEn: `Warehouse ${id}`, nameAr: `مستودع ${id}`, emirate: "dubai", address: "Al Quoz 3" },
  });
  const bin = await db.binLocation.create({
    data: { warehouseId: warehouse.id, code: `A-01-${id}`, kind: opts.kind ?? "storage" },
  });
  return { warehouse, bin };
}

/** A Courier row linked to a login (delivery agent). */
export async function createCourier(userId: string) {
  return db.courier.create({ data: { userId, name: `Courier ${uid()}` } });
}

let orderSeq = 0;
/**
 * An Order row inserted directly (no workflow, no lines): the minimal columns, for scoping and
 * counting tests. PII columns hold placeholders, not real ciphertext.
 */
export async function createOrder(
  sellerId: string,
  createdById: string,
  opts: {
    state?: OrderState;
    assignedAgentId?: string | null;
    assignedCourierId?: string | null;
    totalFils?: number;
  } = {},
) {
  orderSeq += 1;
  return db.order.create({
    data: {
      code: `#T${uid()}${orderSeq}`,
      sellerId,
      createdById,
      state: opts.state ?? "seller_submitted",
      customerName: `Customer ${orderSeq}`,
      customerPhoneEnc: "test-not-encrypted",
      customerPhoneHash: `test-hash-${uid()}`,
      emirate: "dubai",
      city: "Dubai",
      addressEnc: "test-not-encrypted",
      totalFils: opts.totalFils ?? 10_000,
      assignedAgentId: opts.assignedAgentId ?? null,
      assignedCourierId: opts.assignedCourierId ?? null,
    },
  });
}
