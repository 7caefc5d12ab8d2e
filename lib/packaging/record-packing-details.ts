import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { AppError } from "@/lib/errors";
import { discardUploads, recordUpload, storeUploads } from "@/lib/files/store-upload";
import { ZPackingDetailsInput, type PackingDetailsInput } from "./packing.schema";
import { currentPackingRecord, lockPackingOrder } from "./packing-order";

/**
 * The packing record's details while the order is being packed: materials used (with
 * quantities), weight in grams, dimensions in mm and an optional photo of the parcel. The
 * photo is checked (type, size) and stored before the transaction and removed again if the
 * transaction fails; it is readable by packaging staff only (no sellerId on the file).
 */
export async function recordPackingDetails(
  actor: Actor,
  raw: PackingDetailsInput,
): Promise<{ recordId: string; photoFileId: string | null }> {
  assertCan(actor, "packaging.pack");
  const input = parseOrThrow(ZPackingDetailsInput, raw);
  // Scope before storing anything: a foreign order must not even receive bytes.
  const visible = await db.$transaction((tx) => lockPackingOrder(tx, actor, input.orderId, input.version));
  const photos = input.photo
    ? await storeUploads("packing_photo", `packing/${visible.id}`, [input.photo], "photo")
    : [];
  try {
    return await db.$transaction(async (tx) => {
      const order = await lockPackingOrder(tx, actor, input.orderId, input.version);
      if (order.state !== "packaging_in_progress") throw new AppError("order_changed");
      const record = await currentPackingRecord(tx, order.id);
      if (!record || record.qcPassed === false) throw new AppError("order_changed");
      const photo = photos[0]
        ? await recordUpload(tx, photos[0], { purpose: "packing_photo", sellerId: null, uploadedById: actor.userId })
        : null;
      await tx.packingRecord.update({
        where: { id: record.id },
        data: {
          materials: input.materials,
          weightGrams: input.weightGrams,
          lengthMm: input.lengthMm,
          widthMm: input.widthMm,
          heightMm: input.heightMm,
          ...(photo ? { photoFileId: photo.id } : {}),
        },
      });
      return { recordId: record.id, photoFileId: photo?.id ?? record.photoFileId };
    });
  } catch (e) {
    await discardUploads(photos);
    throw e;
  }
}
