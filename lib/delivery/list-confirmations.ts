import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { pageArgs, toPage, ZPage } from "@/lib/pagination";

const PAGE_SIZE = 30;

/**
 * The manager's inbox of courier reports waiting for a decision, oldest first
 * (DeliveryAttempt_status_createdAt_idx), with what is needed to decide: the order's COD
 * amount next to the cash reported, and the proof (OTP, photo, signature file ids).
 */
export async function listPendingAttempts(actor: Actor, raw: { page?: unknown }) {
  assertCan(actor, "delivery.confirm");
  const page = ZPage.parse(raw.page);
  const where = { status: "pending" as const };
  const [rows, total] = await db.$transaction([
    db.deliveryAttempt.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      ...pageArgs(page, PAGE_SIZE),
      select: {
        id: true,
        version: true,
        attemptNo: true,
        outcome: true,
        reason: true,
        rescheduleAt: true,
        proofKind: true,
        proofPhotoFileId: true,
        signatureFileId: true,
        otpVerified: true,
        codCollectedFils: true,
        createdAt: true,
        courier: { select: { id: true, name: true, company: { select: { name: true } } } },
        order: {
          select: {
            id: true,
            code: true,
            totalFils: true,
            emirate: true,
            city: true,
            state: true,
            deliveryAttempts: true,
          },
        },
      },
    }),
    db.deliveryAttempt.count({ where }),
  ]);
  return toPage(
    rows.map((r) => ({ ...r, codMismatch: r.outcome === "delivered" && r.codCollectedFils !== r.order.totalFils })),
    total,
    page,
    PAGE_SIZE,
  );
}
export type PendingAttemptRow = Awaited<ReturnType<typeof listPendingAttempts>>["rows"][number];
