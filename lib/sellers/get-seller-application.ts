import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";

/** One application for the approvals detail page, with its documents (served by /api/files). */
export async function getSellerApplication(actor: Actor, sellerId: string) {
  assertCan(actor, "users.approve");
  const profile = await db.sellerProfile.findUnique({
    where: { id: String(sellerId).slice(0, 64) },
    select: {
      id: true,
      code: true,
      companyName: true,
      storeName: true,
      storeLink: true,
      phone: true,
      emirate: true,
      tradeLicenceFileId: true,
      idDocumentFileId: true,
      submittedAt: true,
      approvedAt: true,
      rejectedAt: true,
      rejectionReason: true,
      createdAt: true,
      user: { select: { id: true, email: true, name: true, status: true, emailVerifiedAt: true, locale: true } },
    },
  });
  if (!profile) throw notFound();
  const files = await db.storedFile.findMany({
    where: { sellerId: profile.id, purpose: "seller_document" },
    orderBy: { createdAt: "asc" },
    select: { id: true, originalName: true, mimeType: true, sizeBytes: true, createdAt: true },
  });
  const kind = (id: string) =>
    id === profile.tradeLicenceFileId ? "tradeLicence" : id === profile.idDocumentFileId ? "idDocument" : "other";
  return {
    ...profile,
    documents: files.map((f) => ({ ...f, kind: kind(f.id) as "tradeLicence" | "idDocument" | "other" })),
  };
}
