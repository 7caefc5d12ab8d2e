import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/passwords";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import { sealForStorage } from "@/lib/files/at-rest";
import { checkUpload, type SniffedType } from "@/lib/files/sniff";
import { appBaseUrl, deliverSoon, queueEmail } from "@/lib/mail/outbox";
import { normalisePhone } from "@/lib/orders/phone";
import type { RequestContext } from "@/lib/security/request-context";
import { fileStore, type FileStore } from "@/lib/storage/storage";
import { pickSellerCode, sellerCodeBase, sellerCodePrefix } from "./seller-code";
import {
  REGISTER_DOCUMENTS,
  ZRegisterSellerInput,
  type RegisterDocument,
  type RegisterSellerInput,
} from "./register-seller.schema";

export type UploadedDocument = { name: string; bytes: Uint8Array };
export type RegisterSellerOptions = { store?: FileStore; now?: Date };

export const VERIFICATION_TTL_MS = 24 * 3_600_000;

/** Ids chosen here (not by the database) so storage keys can name the seller before the commit. */
function newId(): string {
  return `c${randomBytes(12).toString("hex")}`;
}

export const tokenHash = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/**
 * Public use-case (no actor yet): the seller's user, profile, documents and verification token
 * in ONE transaction, and the verification email queued in it.
 *
 * Duplicate email: SPEC §2 wants the applicant told clearly, so we answer `email_taken` on the
 * field instead of a success-looking reply. That makes registration an account-existence
 * oracle, which we bound with the `register.ip` rate limit (the caller enforces it) rather
 * than hide, because a seller who mistyped or already applied must learn it to sign in.
 *
 * Document bytes are written (encrypted) before the commit, under server-generated keys, and
 * removed again if the transaction fails, so no orphan file outlives a refused registration.
 */
export async function registerSeller(
  raw: RegisterSellerInput,
  documents: Record<RegisterDocument, UploadedDocument | null | undefined>,
  ctx: RequestContext,
  opts: RegisterSellerOptions = {},
): Promise<{ email: string }> {
  const parsed = ZRegisterSellerInput.safeParse(raw);
  const fields: Record<string, string> = parsed.success ? {} : zodFieldErrors(parsed.error);
  const checked = {} as Record<RegisterDocument, { doc: UploadedDocument; type: SniffedType }>;
  for (const name of REGISTER_DOCUMENTS) {
    const doc = documents[name];
    if (!doc) {
      fields[name] = "required";
      continue;
    }
    const check = checkUpload("seller_document", doc.name, doc.bytes);
    if (!check.ok) fields[name] = check.reason;
    else checked[name] = { doc, type: check.type };
  }
  if (!parsed.success || Object.keys(fields).length) throw new AppError("validation", {}, fields);
  const input = parsed.data;
  const phone = normalisePhone(input.phone);
  if (!phone.ok) throw new AppError("validation", {}, { phone: phone.reason });

  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("email_taken", {}, { email: "email_taken" });
  }
  const role = await db.role.findUnique({ where: { key: "seller" }, select: { id: true } });
  if (!role) throw new Error("the seller role is missing (run the seed)");

  const now = opts.now ?? new Date();
  const store = opts.store ?? fileStore();
  const passwordHash = await hashPassword(input.password);
  const userId = newId();
  const sellerId = newId();
  const files = REGISTER_DOCUMENTS.map((name) => {
    const { doc, type } = checked[name];
    const storageKey = `sellers/${sellerId}/${randomBytes(16).toString("hex")}`;
    return {
      name,
      id: newId(),
      storageKey,
      type,
      doc,
      sha256: createHash("sha256").update(doc.bytes).digest("hex"),
    };
  });
  const token = randomBytes(32).toString("base64url");

  const written: string[] = [];
  try {
    for (const f of files) {
      await store.put(
        f.storageKey,
        sealForStorage("seller_document", f.storageKey, f.doc.bytes),
        "application/octet-stream",
      );
      written.push(f.storageKey);
    }
    await db.$transaction(async (tx) => {
      await tx.user.create({
        data: {
          id: userId,
          email: input.email,
          name: input.name,
          phone: phone.e164,
          passwordHash,
          roleId: role.id,
          status: "pending_approval",
          emailVerifiedAt: null,
          locale: input.locale,
        },
      });
      const base = sellerCodeBase(input.storeName, input.companyName);
      const taken = await tx.sellerProfile.findMany({
        where: { code: { startsWith: sellerCodePrefix(base) } },
        select: { code: true },
      });
      const code = pickSellerCode(base, new Set(taken.map((t) => t.code)));
      await tx.sellerProfile.create({
        data: {
          id: sellerId,
          userId,
          code,
          companyName: input.companyName,
          storeName: input.storeName,
          storeLink: input.storeLink || null,
          phone: phone.e164,
          emirate: input.emirate,
          submittedAt: now,
        },
      });
      await tx.storedFile.createMany({
        data: files.map((f) => ({
          id: f.id,
          storageKey: f.storageKey,
          originalName: f.doc.name.slice(0, 200),
          mimeType: f.type.mime,
          sizeBytes: f.doc.bytes.length,
          sha256: f.sha256,
          purpose: "seller_document",
          sellerId,
          uploadedById: userId,
        })),
      });
      const fileId = (name: RegisterDocument) => files.find((f) => f.name === name)!.id;
      await tx.sellerProfile.update({
        where: { id: sellerId },
        data: { tradeLicenceFileId: fileId("tradeLicence"), idDocumentFileId: fileId("idDocument") },
      });
      await tx.userToken.create({
        data: {
          userId,
          type: "email_verification",
          tokenHash: tokenHash(token),
          expiresAt: new Date(now.getTime() + VERIFICATION_TTL_MS),
        },
      });
      await writeAudit(
        tx,
        { actorId: userId, actorEmail: input.email, ...ctx },
        {
          action: "seller.register",
          targetType: "seller",
          targetId: sellerId,
          after: {
            email: input.email,
            code,
            storeName: input.storeName,
            emirate: input.emirate,
            files: files.map((f) => f.id),
          },
        },
      );
      await queueEmail(tx, {
        to: input.email,
        locale: input.locale,
        template: "verify_email",
        params: { name: input.name, link: `${appBaseUrl()}/${input.locale}/verify-email?token=${token}` },
      });
    });
  } catch (e) {
    await Promise.all(
      written.map((key) => store.remove(key).catch((err) => console.error("[register] could not remove", key, err))),
    );
    // A concurrent registration with the same email (or, rarely, the same code) lost on a unique index.
    const target = JSON.stringify((e as { meta?: unknown }).meta ?? {});
    if ((e as { code?: string }).code === "P2002" && target.includes("email"))
      throw new AppError("email_taken", {}, { email: "email_taken" });
    if ((e as { code?: string }).code === "P2002") throw new AppError("conflict");
    throw e;
  }
  deliverSoon();
  return { email: input.email };
}
