// Seller onboarding: registration (one transaction, documents, token, email), email
// verification, approve / reject (conditional, audited), and who may read seller documents.
import fs from "node:fs/promises";
import path from "node:path";
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { signIn } from "@/lib/auth/sign-in";
import { readFile } from "@/lib/files/read-file";
import { fileStore, type FileStore } from "@/lib/storage/storage";
import { registerSeller, VERIFICATION_TTL_MS, type UploadedDocument } from "@/lib/sellers/register-seller";
import type { RegisterSellerInput } from "@/lib/sellers/register-seller.schema";
import { verifyEmail } from "@/lib/sellers/verify-email";
import { approveSeller } from "@/lib/sellers/approve-seller";
import { rejectSeller } from "@/lib/sellers/reject-seller";
import { listSellerApplications } from "@/lib/sellers/list-seller-applications";
import {
  actorFor,
  createCourier,
  createSeller,
  createUser,
  seedSystemRoles,
  userWithActor,
} from "../support/factories";

const CTX = { ip: null, userAgent: "vitest", requestId: null };
const PASSWORD = "Falcon-Dunes-2026";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("IHDR fake image body for tests"),
]);
const docs = (over: Partial<Record<"tradeLicence" | "idDocument", UploadedDocument | null>> = {}) => ({
  tradeLicence: { name: "licence.pdf", bytes: PDF },
  idDocument: { name: "emirates-id.png", bytes: PNG },
  ...over,
});
let n = 0;
const application = (over: Partial<RegisterSellerInput> = {}): RegisterSellerInput => {
  n += 1;
  return {
    name: `Applicant ${n}`,
    email: `applicant${n}-${Date.now()}@shop.test`,
    password: PASSWORD,
    confirmPassword: PASSWORD,
    companyName: "Desert Rose Trading LLC",
    storeName: "Desert Rose",
    storeLink: "https://desertrose.ae",
    phone: "050 123 4567",
    emirate: "sharjah",
    locale: "en",
    ...over,
  };
};

async function appError(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => {
      throw new Error("expected an AppError");
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

async function storedFiles(): Promise<string[]> {
  const root = process.env.FILE_STORAGE_DIR!;
  const out: string[] = [];
  async function walk(dir: string) {
    let entries: import("node:fs").Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else out.push(path.relative(root, p));
    }
  }
  await walk(root);
  return out.sort();
}

const counts = async () => ({
  users: await db.user.count(),
  profiles: await db.sellerProfile.count(),
  files: await db.storedFile.count(),
  tokens: await db.userToken.count(),
  emails: await db.outboundEmail.count(),
  audit: await db.auditLog.count(),
});

/** The token from the verification email (the database only has its hash). */
async function tokenFromEmail(email: string): Promise<string> {
  const mail = await db.outboundEmail.findFirstOrThrow({
    where: { toEmail: email, template: "verify_email" },
    orderBy: { createdAt: "desc" },
  });
  const m = /verify-email\?token=([A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!m) throw new Error("no token in the email");
  return m[1];
}

async function registerVerified(over: Partial<RegisterSellerInput> = {}) {
  const input = application(over);
  await registerSeller(input, docs(), CTX);
  await verifyEmail({ token: await tokenFromEmail(input.email.toLowerCase()) }, CTX);
  const user = await db.user.findUniqueOrThrow({
    where: { email: input.email.toLowerCase() },
    include: { sellerProfile: true },
  });
  return { input, user, profile: user.sellerProfile! };
}

const streamBytes = async (s: ReadableStream<Uint8Array>) => Buffer.from(await new Response(s).arrayBuffer());

let admin: Awaited<ReturnType<typeof userWithActor>>;

beforeAll(async () => {
  await seedSystemRoles();
  admin = await userWithActor({ role: "admin" });
});

describe("registerSeller", () => {
  it("creates exactly the user, profile, two files, a hashed token, an audit row and one email", async () => {
    const before = await counts();
    const filesBefore = await storedFiles();
    const input = application({
      email: "  Mariam.K@Shop.TEST ",
      storeName: "Mariam Scents",
      locale: "ar",
      phone: "+971 50 765 4321",
    });
    const res = await registerSeller(input, docs(), CTX);
    expect(res.email).toBe("mariam.k@shop.test");
    expect(await counts()).toEqual({
      users: before.users + 1,
      profiles: before.profiles + 1,
      files: before.files + 2,
      tokens: before.tokens + 1,
      emails: before.emails + 1,
      audit: before.audit + 1,
    });

    const user = await db.user.findUniqueOrThrow({
      where: { email: "mariam.k@shop.test" },
      include: { role: true, sellerProfile: true, tokens: true },
    });
    expect(user).toMatchObject({
      status: "pending_approval",
      emailVerifiedAt: null,
      locale: "ar",
      mustChangePassword: false,
    });
    expect(user.role.key).toBe("seller");
    expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
    const p = user.sellerProfile!;
    expect(p).toMatchObject({
      code: "MARIAMSCEN",
      storeName: "Mariam Scents",
      phone: "+971507654321",
      emirate: "sharjah",
      storeLink: "https://desertrose.ae",
      approvedAt: null,
    });
    expect(p.submittedAt).not.toBeNull();

    const files = await db.storedFile.findMany({ where: { sellerId: p.id }, orderBy: { mimeType: "asc" } });
    expect(files.map((f) => [f.purpose, f.mimeType, f.originalName, f.sizeBytes])).toEqual([
      ["seller_document", "application/pdf", "licence.pdf", PDF.length],
      ["seller_document", "image/png", "emirates-id.png", PNG.length],
    ]);
    expect(p.tradeLicenceFileId).toBe(files[0].id);
    expect(p.idDocumentFileId).toBe(files[1].id);
    for (const f of files) {
      expect(f.storageKey).toMatch(new RegExp(`^sellers/${p.id}/[a-f0-9]{32}$`));
      expect(f.uploadedById).toBe(user.id);
    }
    expect(files[0].sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
    // Encrypted at rest: what the store holds is not the document.
    const raw = await streamBytes((await fileStore().read(files[0].storageKey))!);
    expect(raw.includes(Buffer.from("%PDF"))).toBe(false);
    expect((await storedFiles()).length).toBe(filesBefore.length + 2);

    // Only the token's hash is stored; the email carries the token itself, 24 h valid.
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { toEmail: "mariam.k@shop.test" } });
    expect(mail).toMatchObject({ template: "verify_email", locale: "ar" });
    const token = await tokenFromEmail("mariam.k@shop.test");
    expect(mail.text).toContain(`/ar/verify-email?token=${token}`);
    expect(user.tokens).toHaveLength(1);
    expect(user.tokens[0].type).toBe("email_verification");
    expect(user.tokens[0].tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(user.tokens)).not.toContain(token);
    const ttl = user.tokens[0].expiresAt.getTime() - user.tokens[0].createdAt.getTime();
    expect(Math.abs(ttl - VERIFICATION_TTL_MS)).toBeLessThan(5_000);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "seller.register", targetId: p.id } });
    expect(audit.actorId).toBe(user.id);
  });

  it("de-duplicates the seller code with a numeric suffix", async () => {
    await registerSeller(application({ storeName: "Noor Gifts" }), docs(), CTX);
    await registerSeller(application({ storeName: "noor gifts!" }), docs(), CTX);
    const codes = (
      await db.sellerProfile.findMany({ where: { code: { startsWith: "NOORGIFTS" } }, select: { code: true } })
    )
      .map((r) => r.code)
      .sort();
    expect(codes).toEqual(["NOORGIFTS", "NOORGIFTS2"]);
  });

  it("refuses an HTML page renamed .pdf (and a mismatched extension) and writes nothing", async () => {
    const before = await counts();
    const filesBefore = await storedFiles();
    const html = { name: "licence.pdf", bytes: Buffer.from("<!doctype html><script>alert(1)</script>") };
    const e = await appError(registerSeller(application(), docs({ tradeLicence: html }), CTX));
    expect(e.code).toBe("validation");
    expect(e.fields).toEqual({ tradeLicence: "file_type" });
    const e2 = await appError(
      registerSeller(application(), docs({ idDocument: { name: "id.pdf", bytes: PNG }, tradeLicence: null }), CTX),
    );
    expect(e2.fields).toEqual({ idDocument: "file_extension", tradeLicence: "required" });
    expect(await counts()).toEqual(before);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it("rejects invalid fields with field codes", async () => {
    const e = await appError(
      registerSeller(
        application({ phone: "123", password: "password1234", confirmPassword: "x", storeLink: "http://x.ae" }),
        docs(),
        CTX,
      ),
    );
    expect(e.code).toBe("validation");
    expect(e.fields).toMatchObject({
      phone: "phone_invalid",
      password: "password.too_common",
      confirmPassword: "password.mismatch",
      storeLink: "store_link_invalid",
    });
  });

  it("answers email_taken for an existing account, also when it appears mid-registration, and leaves no file behind", async () => {
    const first = application();
    await registerSeller(first, docs(), CTX);
    const again = await appError(registerSeller({ ...application(), email: first.email.toUpperCase() }, docs(), CTX));
    expect(again.code).toBe("email_taken");
    expect(again.fields).toEqual({ email: "email_taken" });

    // A concurrent registration of the same email commits while our files are being written:
    // our transaction loses on the unique index and the bytes already written are removed.
    const racing = application();
    const before = await counts();
    const filesBefore = await storedFiles();
    const real = fileStore();
    let raced = false;
    const store: FileStore = {
      ...real,
      async put(key, bytes, type) {
        await real.put(key, bytes, type);
        if (!raced) {
          raced = true;
          await createUser({ role: "seller", email: racing.email, status: "pending_approval" });
        }
      },
      read: real.read,
      remove: real.remove,
    };
    const e = await appError(registerSeller(racing, docs(), CTX, { store }));
    expect(raced).toBe(true);
    expect(e.code).toBe("email_taken");
    expect(await counts()).toMatchObject({
      profiles: before.profiles,
      files: before.files,
      tokens: before.tokens,
      emails: before.emails,
    });
    expect(await storedFiles()).toEqual(filesBefore);
  });
});

describe("verifyEmail", () => {
  it("verifies once: a second use (or a concurrent double click) is refused, and it is audited", async () => {
    const input = application();
    await registerSeller(input, docs(), CTX);
    const token = await tokenFromEmail(input.email);
    const results = await Promise.allSettled([verifyEmail({ token }, CTX), verifyEmail({ token }, CTX)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((loser.reason as AppError).code).toBe("verification_invalid");
    expect((await appError(verifyEmail({ token }, CTX))).code).toBe("verification_invalid");

    const user = await db.user.findUniqueOrThrow({ where: { email: input.email } });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(user.status).toBe("pending_approval");
    expect(await db.auditLog.count({ where: { action: "seller.email_verified", targetId: user.id } })).toBe(1);
    // Signing in now says "awaiting approval" (no longer "unverified").
    expect((await appError(signIn({ email: input.email, password: PASSWORD }, CTX))).code).toBe("pending_approval");
  });

  it("refuses an expired, unknown or malformed token", async () => {
    const input = application();
    await registerSeller(input, docs(), CTX);
    const token = await tokenFromEmail(input.email);
    const later = new Date(Date.now() + VERIFICATION_TTL_MS + 60_000);
    expect((await appError(verifyEmail({ token }, CTX, later))).code).toBe("verification_invalid");
    expect((await appError(verifyEmail({ token: "A".repeat(43) }, CTX))).code).toBe("verification_invalid");
    expect((await appError(verifyEmail({ token: "short" }, CTX))).code).toBe("verification_invalid");
    const user = await db.user.findUniqueOrThrow({ where: { email: input.email } });
    expect(user.emailVerifiedAt).toBeNull();
    // Still valid within its 24 hours.
    await expect(verifyEmail({ token }, CTX)).resolves.toEqual({ status: "pending_approval" });
  });
});

describe("approve / reject", () => {
  it("cannot approve an unverified application", async () => {
    const input = application();
    await registerSeller(input, docs(), CTX);
    const p = await db.sellerProfile.findFirstOrThrow({ where: { user: { email: input.email } } });
    expect((await appError(approveSeller(admin.actor, { sellerId: p.id }))).code).toBe("applicant_unverified");
    expect((await db.user.findUniqueOrThrow({ where: { id: p.userId } })).status).toBe("pending_approval");
  });

  it("approval activates the seller, audits before/after, emails them, and they can sign in", async () => {
    const { input, user, profile } = await registerVerified();
    await approveSeller(admin.actor, { sellerId: profile.id });
    const u = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { sellerProfile: true } });
    expect(u.status).toBe("active");
    expect(u.sellerProfile).toMatchObject({ approvedById: admin.user.id, rejectedAt: null });
    expect(u.sellerProfile!.approvedAt).not.toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "seller.approve", targetId: profile.id } });
    expect(audit).toMatchObject({ actorId: admin.user.id, before: { status: "pending_approval" } });
    expect(audit.after).toMatchObject({ status: "active", userId: user.id });
    expect(await db.outboundEmail.count({ where: { toEmail: input.email, template: "seller_approved" } })).toBe(1);
    await expect(signIn({ email: input.email, password: PASSWORD }, CTX)).resolves.toHaveProperty("sessionId");
    // Decided once: a second decision is a conflict.
    expect((await appError(rejectSeller(admin.actor, { sellerId: profile.id, reason: "Changed my mind" }))).code).toBe(
      "conflict",
    );
  });

  it("rejection stores the reason the seller sees at sign-in", async () => {
    const { input, profile } = await registerVerified();
    const reason = "Trade licence is expired, please upload a valid one.";
    // A reason is required (the action validates it first; the use-case parses again).
    await expect(rejectSeller(admin.actor, { sellerId: profile.id, reason: " no " })).rejects.toThrow(ZodError);
    expect((await db.user.findUniqueOrThrow({ where: { email: input.email } })).status).toBe("pending_approval");
    await rejectSeller(admin.actor, { sellerId: profile.id, reason });
    const e = await appError(signIn({ email: input.email, password: PASSWORD }, CTX));
    expect(e.code).toBe("account_rejected");
    expect(e.params).toEqual({ reason });
    const p = await db.sellerProfile.findUniqueOrThrow({ where: { id: profile.id } });
    expect(p).toMatchObject({ rejectionReason: reason, rejectedById: admin.user.id });
    expect(await db.outboundEmail.count({ where: { toEmail: input.email, template: "seller_rejected" } })).toBe(1);
  });

  it("concurrent approve vs reject: exactly one wins, the other gets conflict", async () => {
    const { user, profile } = await registerVerified();
    const admin2 = await userWithActor({ role: "admin" });
    const results = await Promise.allSettled([
      approveSeller(admin.actor, { sellerId: profile.id }),
      rejectSeller(admin2.actor, { sellerId: profile.id, reason: "Documents are unreadable." }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((lost.reason as AppError).code).toBe("conflict");
    const winner = (won[0] as PromiseFulfilledResult<{ status: string }>).value.status;
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe(winner);
    expect(
      await db.auditLog.count({ where: { action: { in: ["seller.approve", "seller.reject"] }, targetId: profile.id } }),
    ).toBe(1);
    expect(
      await db.outboundEmail.count({
        where: { toEmail: user.email, template: { in: ["seller_approved", "seller_rejected"] } },
      }),
    ).toBe(1);
  });

  it("is not found for staff without users.approve, and for unknown ids", async () => {
    const { profile } = await registerVerified();
    const finance = await userWithActor({ role: "finance" });
    expect((await appError(approveSeller(finance.actor, { sellerId: profile.id }))).code).toBe("not_found");
    expect((await appError(listSellerApplications(finance.actor, {}))).code).toBe("not_found");
    expect((await appError(approveSeller(admin.actor, { sellerId: "nope" }))).code).toBe("not_found");
  });

  it("lists pending applications with verified ones first", async () => {
    const unverified = application({ storeName: "Zz Unverified" });
    await registerSeller(unverified, docs(), CTX);
    const { profile: verified } = await registerVerified({ storeName: "Zz Verified" });
    const page = await listSellerApplications(admin.actor, { status: "pending_approval" });
    const ids = page.rows.map((r) => r.id);
    const firstUnverified = page.rows.findIndex((r) => !r.user.emailVerifiedAt);
    expect(ids).toContain(verified.id);
    expect(page.rows.every((r) => r.user.status === "pending_approval")).toBe(true);
    expect(firstUnverified).toBeGreaterThan(ids.indexOf(verified.id));
    expect(page.rows.slice(firstUnverified).every((r) => !r.user.emailVerifiedAt)).toBe(true);
  });
});

describe("readFile (seller documents)", () => {
  it("only the owning seller and approvals staff can read a document; everyone else gets not_found", async () => {
    const { input, profile } = await registerVerified({ storeName: "Victim Store" });
    await approveSeller(admin.actor, { sellerId: profile.id });
    const victimUser = await db.user.findUniqueOrThrow({ where: { email: input.email } });
    const victim = await actorFor(victimUser);
    const doc = await db.storedFile.findUniqueOrThrow({ where: { id: profile.tradeLicenceFileId! } });

    const own = await readFile(victim, doc.id);
    expect(own.file).toMatchObject({ mimeType: "application/pdf", originalName: "licence.pdf" });
    expect((await streamBytes(own.stream)).equals(PDF)).toBe(true);
    const byAdmin = await readFile(admin.actor, doc.id);
    expect((await streamBytes(byAdmin.stream)).equals(PDF)).toBe(true);

    const attacker = await createSeller();
    const courierUser = await createUser({ role: "delivery_agent" });
    await createCourier(courierUser.id);
    const others = [
      await actorFor(attacker.user),
      await actorFor(courierUser),
      (await userWithActor({ role: "sourcing_agent" })).actor, // products.view_all: images, not documents
      (await userWithActor({ role: "callcenter_agent" })).actor,
    ];
    for (const actor of [...others, null]) {
      expect((await appError(readFile(actor, doc.id))).code).toBe("not_found");
    }
    expect((await appError(readFile(admin.actor, "does-not-exist"))).code).toBe("not_found");
  });
});
