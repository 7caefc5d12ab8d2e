import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { checkUpload, type UploadPurpose } from "@/lib/files/sniff";
import { fileStore } from "@/lib/storage/storage";

export type Upload = { name: string; file: Blob };
export type StoredUpload = {
  storageKey: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
};

/**
 * Checks every upload (size, magic bytes, extension) before anything is written, then stores
 * the bytes under server-generated keys `<prefix>/<random>.<ext>`. The store is not
 * transactional: callers record the files in their transaction (`recordUpload`) and call
 * `discardUploads` when that transaction fails, so no orphan bytes stay behind. A rejected
 * upload is a `validation` error on `field` (and `field.i`).
 */
export async function storeUploads(
  purpose: UploadPurpose,
  prefix: string,
  uploads: readonly Upload[],
  field = "files",
): Promise<StoredUpload[]> {
  const checked = [];
  for (const [i, u] of uploads.entries()) {
    const bytes = new Uint8Array(await u.file.arrayBuffer());
    const res = checkUpload(purpose, u.name, bytes);
    if (!res.ok) throw new AppError("validation", {}, { [field]: res.reason, [`${field}.${i}`]: res.reason });
    checked.push({ u, bytes, type: res.type });
  }
  const stored: StoredUpload[] = [];
  try {
    for (const { u, bytes, type } of checked) {
      const storageKey = `${prefix.toLowerCase()}/${randomBytes(16).toString("hex")}.${type.ext}`;
      await fileStore().put(storageKey, bytes, type.mime);
      stored.push({
        storageKey,
        originalName: u.name.slice(0, 200),
        mimeType: type.mime,
        sizeBytes: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
      });
    }
  } catch (e) {
    await discardUploads(stored);
    throw e;
  }
  return stored;
}

/** The StoredFile row of one stored upload, in the caller's transaction. */
export async function recordUpload(
  tx: Tx,
  upload: StoredUpload,
  ctx: { purpose: UploadPurpose; sellerId: string | null; uploadedById: string },
): Promise<{ id: string }> {
  return tx.storedFile.create({
    data: { ...upload, purpose: ctx.purpose, sellerId: ctx.sellerId, uploadedById: ctx.uploadedById },
    select: { id: true },
  });
}

export async function discardUploads(uploads: readonly StoredUpload[]): Promise<void> {
  await Promise.all(
    uploads.map((u) =>
      fileStore()
        .remove(u.storageKey)
        .catch(() => undefined),
    ),
  );
}
