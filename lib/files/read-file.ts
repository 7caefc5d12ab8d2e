import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { notFound } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/rbac/permissions";
import { fileStore, type FileStore } from "@/lib/storage/storage";
import { isEncryptedPurpose, openFromStorage } from "./at-rest";

/**
 * Which staff permission lets someone read every seller's files of a purpose. Extend here
 * when a module adds a purpose (e.g. return photos); a purpose not listed is readable by its
 * own seller only.
 */
export const FILE_READ_PERMISSIONS: Record<string, readonly Permission[]> = {
  seller_document: ["users.approve"],
  product_image: ["products.view_all", "products.approve"],
  // Raw courier proof is for the delivery manager who confirms it, never the seller (stored
  // without sellerId, so a seller's scope cannot reach it).
  delivery_proof: ["delivery.confirm"],
  // Return photos carry the order's sellerId: the seller sees its own returns' photos.
  return_photo: ["returns.inspect"],
  packing_photo: ["packaging.qc", "packaging.pack"],
  // Payout proofs carry the payout's sellerId: the seller sees the proof of its own payouts.
  payout_proof: ["finance.payout.approve", "finance.payout.pay"],
};

/**
 * The scoping `where` for stored files (STYLE.md rule 8): staff see the purposes their
 * permissions cover; a seller sees the files of its own seller profile; anyone else, nothing.
 * Returns null for "nothing", so callers cannot forget the empty case.
 */
export function fileScope(actor: Actor | null): Prisma.StoredFileWhereInput | null {
  if (!actor) return null;
  const or: Prisma.StoredFileWhereInput[] = [];
  const purposes = Object.entries(FILE_READ_PERMISSIONS)
    .filter(([, perms]) => perms.some((p) => can(actor, p)))
    .map(([p]) => p);
  if (purposes.length) or.push({ purpose: { in: purposes } });
  if (actor.sellerId) or.push({ sellerId: actor.sellerId });
  return or.length ? { OR: or } : null;
}

export type ReadableFile = {
  file: {
    id: string;
    originalName: string;
    mimeType: string;
    sizeBytes: number;
    purpose: string;
    sellerId: string | null;
  };
  stream: ReadableStream<Uint8Array>;
};

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A stored file's metadata and bytes, if `actor` may see it; otherwise (including no actor,
 * an unknown id, or bytes missing from the store) `not_found`, so ids cannot be probed.
 * Encrypted purposes are decrypted here, never handed out as ciphertext.
 */
export async function readFile(
  actor: Actor | null,
  fileId: string,
  opts: { store?: FileStore } = {},
): Promise<ReadableFile> {
  const scope = fileScope(actor);
  if (!scope || typeof fileId !== "string" || fileId.length > 64) throw notFound();
  const file = await db.storedFile.findFirst({
    where: { AND: [{ id: fileId }, scope] },
    select: {
      id: true,
      storageKey: true,
      originalName: true,
      mimeType: true,
      sizeBytes: true,
      purpose: true,
      sellerId: true,
    },
  });
  if (!file) throw notFound();
  const stored = await (opts.store ?? fileStore()).read(file.storageKey);
  if (!stored) throw notFound();
  const { storageKey, ...meta } = file;
  if (!isEncryptedPurpose(file.purpose)) return { file: meta, stream: stored };
  const plain = openFromStorage(file.purpose, storageKey, await readAll(stored));
  return {
    file: meta,
    stream: new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(plain);
        controller.close();
      },
    }),
  };
}
