// Demo and reference data: system roles with their default grants, one demo user per role,
// account-state demo users, a warehouse with its bins, categories, a delivery partner and the
// default fee schedule. Idempotent: every row is found by its natural key and only created
// when missing, so a re-run never undoes what an admin changed since (notably permissions,
// which the permission matrix owns once a role exists).
//
//   tsx --conditions=react-server prisma/seed.ts [--test-fixtures]
import { pathToFileURL } from "node:url";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/passwords";
import { DEFAULT_ROLE_GRANTS, SYSTEM_ROLES, type Permission, type SystemRole } from "@/lib/rbac/permissions";
import { applyMovement } from "@/lib/inventory/ledger";
import { ZCreateOrderInput } from "@/lib/orders/create-order.schema";
import { insertOrder } from "@/lib/orders/insert-order";
import { getSettings } from "@/lib/settings/get-settings";
import type { BinKind, Emirate, UserStatus } from "@/generated/prisma/client";

export const DEMO_PASSWORD = "Demo-Atlas-2026";

const ROLE_NAMES: Record<SystemRole, { nameEn: string; nameAr: string }> = {
  super_admin: { nameEn: "Super Admin", nameAr: "المشرف العام" },
  admin: { nameEn: "Admin", nameAr: "مسؤول" },
  seller: { nameEn: "Seller", nameAr: "تاجر" },
  callcenter_manager: { nameEn: "Call Center Manager", nameAr: "مدير مركز الاتصال" },
  callcenter_agent: { nameEn: "Call Center Agent", nameAr: "موظف مركز الاتصال" },
  stock_keeper: { nameEn: "Stock Keeper", nameAr: "أمين المخزن" },
  packaging_agent: { nameEn: "Packaging Agent", nameAr: "موظف التغليف" },
  delivery_manager: { nameEn: "Delivery Manager", nameAr: "مدير التوصيل" },
  delivery_agent: { nameEn: "Courier", nameAr: "مندوب التوصيل" },
  finance: { nameEn: "Finance", nameAr: "المالية" },
  sourcing_agent: { nameEn: "Sourcing Agent", nameAr: "موظف التوريد" },
};

type SellerSeed = {
  code: string;
  companyName: string;
  storeName: string;
  storeLink?: string;
  emirate: Emirate;
  approved: boolean;
};

type UserSeed = {
  email: string;
  name: string;
  role: string;
  phone?: string;
  locale?: "en" | "ar";
  status?: UserStatus;
  emailVerified?: boolean;
  mustChangePassword?: boolean;
  rejectionReason?: string;
  seller?: SellerSeed;
  courier?: { vehicle: string };
  warehouse?: string;
};

const REJECTION_REASON = "Trade licence copy is expired — please upload a valid one.";

const DEMO_USERS: UserSeed[] = [
  { email: "superadmin@atlas.demo", name: "Khalid Al Mansoori", role: "super_admin", phone: "+971501000001" },
  { email: "admin@atlas.demo", name: "Sarah Thompson", role: "admin", phone: "+971501000002" },
  {
    email: "seller1@atlas.demo",
    name: "Fatima Al Hashimi",
    role: "seller",
    phone: "+971501234567",
    seller: {
      code: "OASIS",
      companyName: "Oasis Perfumes Trading LLC",
      storeName: "Oasis Perfumes",
      storeLink: "https://oasis-perfumes.example",
      emirate: "dubai",
      approved: true,
    },
  },
  {
    email: "seller2@atlas.demo",
    name: "Rajesh Nair",
    role: "seller",
    phone: "+971557654321",
    seller: {
      code: "GULF",
      companyName: "Gulf Gadgets FZE",
      storeName: "Gulf Gadgets",
      storeLink: "https://gulf-gadgets.example",
      emirate: "sharjah",
      approved: true,
    },
  },
  { email: "ccmanager@atlas.demo", name: "Omar Haddad", role: "callcenter_manager", phone: "+971501000003" },
  { email: "agent1@atlas.demo", name: "Maria Santos", role: "callcenter_agent", phone: "+971501000004" },
  { email: "agent2@atlas.demo", name: "Layla Nasser", role: "callcenter_agent", phone: "+971501000005", locale: "ar" },
  { email: "stock@atlas.demo", name: "Arjun Menon", role: "stock_keeper", phone: "+971501000006", warehouse: "DXB-1" },
  {
    email: "packer@atlas.demo",
    name: "Joseph Mwangi",
    role: "packaging_agent",
    phone: "+971501000007",
    warehouse: "DXB-1",
  },
  { email: "dmanager@atlas.demo", name: "Yousef Al Zaabi", role: "delivery_manager", phone: "+971501000008" },
  {
    email: "courier1@atlas.demo",
    name: "Imran Qureshi",
    role: "delivery_agent",
    phone: "+971501000009",
    courier: { vehicle: "Van DXB 48213" },
  },
  {
    email: "courier2@atlas.demo",
    name: "Hamad Al Ketbi",
    role: "delivery_agent",
    phone: "+971501000010",
    locale: "ar",
    courier: { vehicle: "Motorbike DXB 77120" },
  },
  { email: "finance@atlas.demo", name: "Priya Sharma", role: "finance", phone: "+971501000011" },
  // A second finance user: a payout is approved by someone other than the one who created it.
  { email: "finance2@atlas.demo", name: "Khalid Al Mansoori", role: "finance", phone: "+971501000013", locale: "ar" },
  { email: "sourcing@atlas.demo", name: "Chen Wei", role: "sourcing_agent", phone: "+971501000012" },

  // Account states, each shown by the login page.
  {
    email: "pending@atlas.demo",
    name: "Noura Al Suwaidi",
    role: "seller",
    phone: "+971502223344",
    status: "pending_approval",
    seller: {
      code: "NOURA",
      companyName: "Noura Abayas Trading",
      storeName: "Noura Abayas",
      emirate: "abu_dhabi",
      approved: false,
    },
  },
  {
    email: "rejected@atlas.demo",
    name: "Daniel Brooks",
    role: "seller",
    phone: "+971503334455",
    status: "rejected",
    rejectionReason: REJECTION_REASON,
    seller: {
      code: "BROOKS",
      companyName: "Brooks Home Goods LLC",
      storeName: "Brooks Home",
      emirate: "ajman",
      approved: false,
    },
  },
  {
    email: "unverified@atlas.demo",
    name: "Aisha Rahman",
    role: "seller",
    phone: "+971504445566",
    status: "pending_approval",
    emailVerified: false,
    seller: {
      code: "AISHA",
      companyName: "Aisha Beauty Store",
      storeName: "Aisha Beauty",
      emirate: "ras_al_khaimah",
      approved: false,
    },
  },
  { email: "disabled@atlas.demo", name: "Tariq Farouk", role: "callcenter_agent", status: "disabled" },
  { email: "newstaff@atlas.demo", name: "Grace Okafor", role: "callcenter_agent", mustChangePassword: true },
];

// Used only by the browser tests (seeded with --test-fixtures): users those tests lock out,
// put through a forced password change, or strip of permissions.
const TEST_ROLES: Array<{ key: string; nameEn: string; nameAr: string; grants: Permission[] }> = [
  { key: "qa_auditor", nameEn: "QA Auditor", nameAr: "مدقق الجودة", grants: ["audit.view", "users.view"] },
];
const TEST_USERS: UserSeed[] = [
  { email: "lockme@atlas.demo", name: "Lock Me", role: "callcenter_agent" },
  { email: "tempuser@atlas.demo", name: "Temp User", role: "stock_keeper", mustChangePassword: true },
  { email: "matrixvictim@atlas.demo", name: "Matrix Victim", role: "qa_auditor" },
];

const CATEGORIES = [
  { key: "perfumes", nameEn: "Perfumes & Oud", nameAr: "العطور والعود" },
  { key: "electronics", nameEn: "Electronics", nameAr: "الإلكترونيات" },
  { key: "fashion", nameEn: "Fashion", nameAr: "الأزياء" },
  { key: "beauty", nameEn: "Beauty & Personal Care", nameAr: "الجمال والعناية الشخصية" },
  { key: "home", nameEn: "Home & Kitchen", nameAr: "المنزل والمطبخ" },
  { key: "accessories", nameEn: "Accessories", nameAr: "الإكسسوارات" },
];

const WAREHOUSE = {
  code: "DXB-1",
  nameEn: "Dubai Main Warehouse",
  nameAr: "مستودع دبي الرئيسي",
  emirate: "dubai" as Emirate,
  city: "Dubai",
  address: "Warehouse 14, Street 8, Al Quoz Industrial Area 3, Dubai",
  zones: [
    { code: "A", nameEn: "Zone A — fast movers", nameAr: "المنطقة أ" },
    { code: "B", nameEn: "Zone B — bulk", nameAr: "المنطقة ب" },
  ],
  bins: [
    { code: "A-01-01", zone: "A", kind: "storage" },
    { code: "A-01-02", zone: "A", kind: "storage" },
    { code: "A-01-03", zone: "A", kind: "storage" },
    { code: "A-01-04", zone: "A", kind: "storage" },
    { code: "B-01-01", zone: "B", kind: "storage" },
    { code: "B-01-02", zone: "B", kind: "storage" },
    { code: "RCV-01", kind: "receiving" },
    { code: "PACK-01", kind: "packing" },
    { code: "DMG-01", kind: "damaged" },
    { code: "RET-01", kind: "returns" },
  ] as Array<{ code: string; zone?: string; kind: BinKind }>,
};

const DELIVERY_COMPANY = {
  code: "EEC",
  name: "Emirates Express Couriers",
  nameAr: "الإمارات إكسبريس للتوصيل",
  contactName: "Bilal Ahmed",
  phone: "+97142345678",
  email: "ops@emirates-express.example",
};

// System default fees in fils (1 AED = 100 fils); sellers may get their own schedules later.
const DEFAULT_FEES = {
  serviceFils: 500,
  fulfillmentFils: 700,
  deliveryFils: 1500,
  codFeeBps: 100,
  returnFeeFils: 1000,
};

async function ensureRole(
  key: string,
  names: { nameEn: string; nameAr: string },
  isSystem: boolean,
  grants: readonly string[],
) {
  const existing = await db.role.findUnique({ where: { key }, select: { id: true } });
  if (existing) return existing.id;
  // Created with its grants in one statement; afterwards the permission matrix owns them.
  const role = await db.role.create({
    data: { key, ...names, isSystem, permissions: { create: grants.map((permission) => ({ permission })) } },
    select: { id: true },
  });
  return role.id;
}

async function ensureUser(
  u: UserSeed,
  roleIds: Map<string, string>,
  passwordHash: string,
  warehouseIds: Map<string, string>,
) {
  const roleId = roleIds.get(u.role);
  if (!roleId) throw new Error(`seed: unknown role ${u.role} for ${u.email}`);
  const now = new Date();
  const user = await db.user.upsert({
    where: { email: u.email },
    update: {},
    create: {
      email: u.email,
      name: u.name,
      phone: u.phone ?? null,
      passwordHash,
      roleId,
      status: u.status ?? "active",
      rejectionReason: u.rejectionReason ?? null,
      emailVerifiedAt: u.emailVerified === false ? null : now,
      locale: u.locale ?? "en",
      mustChangePassword: u.mustChangePassword ?? false,
    },
    select: { id: true },
  });

  if (u.seller) {
    const s = u.seller;
    await db.sellerProfile.upsert({
      where: { userId: user.id },
      update: {},
      create: {
        userId: user.id,
        code: s.code,
        companyName: s.companyName,
        storeName: s.storeName,
        storeLink: s.storeLink ?? null,
        phone: u.phone ?? "+971500000000",
        emirate: s.emirate,
        submittedAt: now,
        approvedAt: s.approved ? now : null,
        rejectedAt: u.status === "rejected" ? now : null,
        rejectionReason: u.status === "rejected" ? (u.rejectionReason ?? null) : null,
      },
    });
  }
  if (u.courier) {
    await db.courier.upsert({
      where: { userId: user.id },
      update: {},
      create: { userId: user.id, companyId: null, name: u.name, phone: u.phone ?? null, vehicle: u.courier.vehicle },
    });
  }
  if (u.warehouse) {
    const warehouseId = warehouseIds.get(u.warehouse);
    if (!warehouseId) throw new Error(`seed: unknown warehouse ${u.warehouse}`);
    await db.userWarehouse.upsert({
      where: { userId_warehouseId: { userId: user.id, warehouseId } },
      update: {},
      create: { userId: user.id, warehouseId },
    });
  }
}

async function ensureWarehouse(): Promise<Map<string, string>> {
  const { zones, bins, ...fields } = WAREHOUSE;
  const wh = await db.warehouse.upsert({
    where: { code: fields.code },
    update: {},
    create: fields,
    select: { id: true },
  });
  const zoneIds = new Map<string, string>();
  for (const z of zones) {
    const zone = await db.warehouseZone.upsert({
      where: { warehouseId_code: { warehouseId: wh.id, code: z.code } },
      update: {},
      create: { warehouseId: wh.id, ...z },
      select: { id: true },
    });
    zoneIds.set(z.code, zone.id);
  }
  for (const [i, b] of bins.entries()) {
    await db.binLocation.upsert({
      where: { warehouseId_code: { warehouseId: wh.id, code: b.code } },
      update: {},
      create: {
        warehouseId: wh.id,
        zoneId: b.zone ? zoneIds.get(b.zone)! : null,
        code: b.code,
        kind: b.kind,
        pickOrder: (i + 1) * 10,
      },
    });
  }
  return new Map([[fields.code, wh.id]]);
}

// Demo catalogue: approved products per demo seller (so orders can be placed right away) and
// one pending product awaiting admin approval. SKUs follow ATL-<SELLER>-NNNNN; the seller's
// productSeq is set to the highest number used so new products continue after them.
const PRODUCTS: Array<{
  seller: string;
  seq: number;
  nameEn: string;
  nameAr: string;
  category: string;
  price: number;
  cost: number;
  grams: number;
  approval: "approved" | "pending";
}> = [
  {
    seller: "OASIS",
    seq: 1,
    nameEn: "Oud Royale Eau de Parfum 100 ml",
    nameAr: "عطر عود رويال 100 مل",
    category: "perfumes",
    price: 24900,
    cost: 9500,
    grams: 450,
    approval: "approved",
  },
  {
    seller: "OASIS",
    seq: 2,
    nameEn: "Amber Musk Body Mist 250 ml",
    nameAr: "بخاخ مسك العنبر للجسم 250 مل",
    category: "perfumes",
    price: 8900,
    cost: 2800,
    grams: 320,
    approval: "approved",
  },
  {
    seller: "OASIS",
    seq: 3,
    nameEn: "Bakhoor Gift Set",
    nameAr: "طقم بخور هدية",
    category: "home",
    price: 15900,
    cost: 6100,
    grams: 900,
    approval: "approved",
  },
  {
    seller: "OASIS",
    seq: 4,
    nameEn: "Rose Taifi Oil 12 ml",
    nameAr: "دهن ورد طائفي 12 مل",
    category: "perfumes",
    price: 19900,
    cost: 8800,
    grams: 120,
    approval: "pending",
  },
  {
    seller: "GULF",
    seq: 1,
    nameEn: "Wireless Earbuds Pro",
    nameAr: "سماعات لاسلكية برو",
    category: "electronics",
    price: 18900,
    cost: 7400,
    grams: 210,
    approval: "approved",
  },
  {
    seller: "GULF",
    seq: 2,
    nameEn: "20,000 mAh Power Bank",
    nameAr: "شاحن متنقل 20000 مللي أمبير",
    category: "electronics",
    price: 12900,
    cost: 5200,
    grams: 420,
    approval: "approved",
  },
];

async function ensureProducts(): Promise<void> {
  for (const p of PRODUCTS) {
    const seller = await db.sellerProfile.findUnique({
      where: { code: p.seller },
      select: { id: true, productSeq: true },
    });
    if (!seller) continue;
    const sku = `ATL-${p.seller}-${String(p.seq).padStart(5, "0")}`;
    if (!(await db.product.findUnique({ where: { sku }, select: { id: true } }))) {
      const category = await db.productCategory.findUnique({ where: { key: p.category }, select: { id: true } });
      await db.product.create({
        data: {
          sellerId: seller.id,
          sku,
          barcode: sku,
          nameEn: p.nameEn,
          nameAr: p.nameAr,
          categoryId: category?.id ?? null,
          sellingPriceFils: p.price,
          purchasePriceFils: p.cost,
          weightGrams: p.grams,
          approval: p.approval,
          approvedAt: p.approval === "approved" ? new Date() : null,
        },
      });
    }
    if (seller.productSeq < p.seq)
      await db.sellerProfile.update({ where: { id: seller.id }, data: { productSeq: p.seq } });
  }
}

// Opening stock of the approved demo products, received through the ledger into DXB-1's
// storage bins (one bin per product, in pick order). ATL-GULF-00002 gets only a few units so a
// confirmation that runs short can be shown. Only products without any movement yet are
// stocked: a re-run (or stock an admin has moved since) is left alone.
const DEMO_STOCK_DEFAULT = 40;
const DEMO_STOCK: Record<string, number> = { "ATL-GULF-00002": 3 };

async function ensureDemoStock(): Promise<void> {
  const warehouse = await db.warehouse.findUnique({ where: { code: WAREHOUSE.code }, select: { id: true } });
  if (!warehouse) return;
  const bins = await db.binLocation.findMany({
    where: { warehouseId: warehouse.id, kind: "storage", isActive: true },
    orderBy: [{ pickOrder: "asc" }, { code: "asc" }],
    select: { id: true },
  });
  if (bins.length === 0) return;
  const keeper = await db.user.findUnique({ where: { email: "stock@atlas.demo" }, select: { id: true } });
  const approved = PRODUCTS.filter((p) => p.approval === "approved");
  for (const [i, p] of approved.entries()) {
    const sku = `ATL-${p.seller}-${String(p.seq).padStart(5, "0")}`;
    const product = await db.product.findUnique({ where: { sku }, select: { id: true } });
    if (!product) continue;
    await db.$transaction(async (tx) => {
      if (await tx.stockMovement.findFirst({ where: { productId: product.id }, select: { id: true } })) return;
      await applyMovement(tx, {
        productId: product.id,
        locationId: bins[i % bins.length].id,
        type: "receive",
        quantity: DEMO_STOCK[sku] ?? DEMO_STOCK_DEFAULT,
        reason: "Demo opening stock",
        actorId: keeper?.id ?? null,
      });
    });
  }
}

// A few orders waiting for their confirmation call, so the call center has work on a fresh
// dev database. Written by insertOrder, as the order form does (codes, encrypted PII, history), only for a
// seller with no orders yet. Not in the browser-test database (--test-fixtures), whose
// journeys make their own orders.
const DEMO_ORDERS: Array<{
  seller: string;
  customer: string;
  phone: string;
  emirate: Emirate;
  city: string;
  area: string;
  street: string;
  sku: string;
  qty: number;
}> = [
  {
    seller: "seller1@atlas.demo",
    customer: "Ahmed Al Falasi",
    phone: "0501112233",
    emirate: "dubai",
    city: "Dubai",
    area: "Al Barsha 1",
    street: "Street 21, Villa 7",
    sku: "ATL-OASIS-00001",
    qty: 1,
  },
  {
    seller: "seller1@atlas.demo",
    customer: "Reem Khalifa",
    phone: "0552223344",
    emirate: "abu_dhabi",
    city: "Abu Dhabi",
    area: "Khalifa City",
    street: "Street 14, Villa 30",
    sku: "ATL-OASIS-00002",
    qty: 2,
  },
  {
    seller: "seller1@atlas.demo",
    customer: "John Mathew",
    phone: "0563334455",
    emirate: "sharjah",
    city: "Sharjah",
    area: "Al Majaz 2",
    street: "Corniche Street, Tower B, 1204",
    sku: "ATL-OASIS-00003",
    qty: 1,
  },
  {
    seller: "seller1@atlas.demo",
    customer: "Salma Yousef",
    phone: "0504445566",
    emirate: "ajman",
    city: "Ajman",
    area: "Al Nuaimiya",
    street: "Sheikh Khalifa Street, Bldg 9",
    sku: "ATL-OASIS-00001",
    qty: 3,
  },
  {
    seller: "seller2@atlas.demo",
    customer: "Vikram Pillai",
    phone: "0525556677",
    emirate: "dubai",
    city: "Dubai",
    area: "Jumeirah Village Circle",
    street: "District 12, Building 4, 502",
    sku: "ATL-GULF-00001",
    qty: 1,
  },
  {
    seller: "seller2@atlas.demo",
    customer: "Hessa Al Nuaimi",
    phone: "0546667788",
    emirate: "ras_al_khaimah",
    city: "Ras Al Khaimah",
    area: "Al Nakheel",
    street: "Street 3, Villa 11",
    sku: "ATL-GULF-00002",
    qty: 2,
  },
];

async function ensureDemoOrders(): Promise<void> {
  if (!process.env.PII_KEYS || !process.env.PII_HMAC_KEY) {
    console.log("Demo orders skipped: customer data needs PII_KEYS and PII_HMAC_KEY (npm run dev passes its keys).");
    return;
  }
  const settings = await getSettings();
  for (const email of [...new Set(DEMO_ORDERS.map((o) => o.seller))]) {
    const user = await db.user.findUnique({
      where: { email },
      select: { id: true, sellerProfile: { select: { id: true } } },
    });
    if (!user?.sellerProfile || (await db.order.count({ where: { sellerId: user.sellerProfile.id } })) > 0) continue;
    for (const o of DEMO_ORDERS.filter((d) => d.seller === email)) {
      const product = await db.product.findUnique({ where: { sku: o.sku }, select: { id: true } });
      if (!product) continue;
      const input = ZCreateOrderInput.parse({
        customerName: o.customer,
        customerPhone: o.phone,
        emirate: o.emirate,
        city: o.city,
        area: o.area,
        street: o.street,
        lines: [{ productId: product.id, quantity: o.qty }],
      });
      await db.$transaction((tx) =>
        insertOrder(tx, {
          sellerId: user.sellerProfile!.id,
          createdById: user.id,
          input,
          source: "form",
          now: new Date(),
          settings,
        }),
      );
    }
  }
}

export async function seed(opts: { testFixtures?: boolean } = {}): Promise<void> {
  const roleIds = new Map<string, string>();
  for (const key of SYSTEM_ROLES)
    roleIds.set(key, await ensureRole(key, ROLE_NAMES[key], true, DEFAULT_ROLE_GRANTS[key]));
  if (opts.testFixtures) {
    for (const r of TEST_ROLES)
      roleIds.set(r.key, await ensureRole(r.key, { nameEn: r.nameEn, nameAr: r.nameAr }, false, r.grants));
  }

  for (const [position, c] of CATEGORIES.entries()) {
    await db.productCategory.upsert({ where: { key: c.key }, update: {}, create: { ...c, position } });
  }
  const warehouseIds = await ensureWarehouse();
  await db.deliveryCompany.upsert({ where: { code: DELIVERY_COMPANY.code }, update: {}, create: DELIVERY_COMPANY });

  // FeeSchedule has no natural key: the system default is "the one with no seller".
  if (!(await db.feeSchedule.findFirst({ where: { sellerId: null }, select: { id: true } }))) {
    await db.feeSchedule.create({
      data: { sellerId: null, ...DEFAULT_FEES, currency: "AED", effectiveFrom: new Date("2026-01-01T00:00:00Z") },
    });
  }

  // Argon2id is deliberately slow: hash the shared demo password once.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = opts.testFixtures ? [...DEMO_USERS, ...TEST_USERS] : DEMO_USERS;
  for (const u of users) await ensureUser(u, roleIds, passwordHash, warehouseIds);
  await ensureProducts();
  await ensureDemoStock();
  if (!opts.testFixtures) await ensureDemoOrders();
}

const entry = process.argv[1];
const isMain = !!entry && (import.meta.url === pathToFileURL(entry).href || /[\\/]prisma[\\/]seed\.ts$/.test(entry));
if (isMain) {
  const testFixtures = process.argv.includes("--test-fixtures");
  let code = 0;
  try {
    await seed({ testFixtures });
    console.log(`Seeded Atlas demo data${testFixtures ? " (with test fixtures)" : ""}.`);
  } catch (e) {
    console.error("Seed failed:", e);
    code = 1;
  } finally {
    await db.$disconnect();
  }
  process.exit(code);
}
