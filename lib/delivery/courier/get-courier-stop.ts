import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { decryptPii } from "@/lib/crypto/pii";
import { addressContext, decryptOrderPhone, toOrderAddress } from "@/lib/orders/order-pii";
import type { OrderState } from "@/lib/orders/workflow";
import { OTP_MAX_FAILURES } from "@/lib/delivery/otp";
import { courierOrderScope } from "./scope";

const ZInput = z.object({ id: z.string().min(1).max(64) });

/** Google Maps search link: the pin when the address has one, else the address text. */
export function mapsLink(a: { lat: number | null; lng: number | null; text: string }): string {
  const query = a.lat !== null && a.lng !== null ? `${a.lat},${a.lng}` : a.text;
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}

const coordinate = (v: unknown, limit: number): number | null => {
  const n = typeof v === "string" ? Number(v) : v;
  return typeof n === "number" && Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
};

/**
 * One stop of the courier's run: the customer (phone and precise address decrypted — only
 * for the courier the order is assigned to), map link, COD amount, items, and what the
 * courier may do now. Any order outside courierOrderScope is not_found.
 */
export async function getCourierStop(actor: Actor, raw: { id: string }) {
  if (!can(actor, "delivery.update_own")) throw new AppError("not_found");
  const parsed = ZInput.safeParse(raw);
  if (!parsed.success) throw new AppError("not_found");
  const order = await db.order.findFirst({
    where: { AND: [courierOrderScope(actor), { id: parsed.data.id }] },
    select: {
      id: true,
      code: true,
      state: true,
      version: true,
      customerName: true,
      customerPhoneEnc: true,
      addressEnc: true,
      emirate: true,
      city: true,
      area: true,
      totalFils: true,
      notes: true,
      runStopNo: true,
      pickedUpAt: true,
      deliveryAttempts: true,
      deliveryOtpHash: true,
      deliveryOtpFailures: true,
      assignedCourierId: true,
      lines: {
        orderBy: { id: "asc" },
        select: { id: true, quantity: true, product: { select: { sku: true, nameEn: true, nameAr: true } } },
      },
    },
  });
  if (!order) throw new AppError("not_found");

  // The stored JSON may carry a map pin (lat/lng) next to the street (lib/orders/order-pii.ts).
  const stored = JSON.parse(decryptPii(order.addressEnc, addressContext(order.id))) as Record<string, unknown>;
  const address = toOrderAddress(stored as { street: string; building?: string | null; landmark?: string | null });
  const lat = coordinate(stored.lat, 90);
  const lng = coordinate(stored.lng, 180);
  const addressText = [address.street, address.building, order.area, order.city].filter(Boolean).join(", ");
  const attempts = await db.deliveryAttempt.findMany({
    where: { orderId: order.id, courierId: order.assignedCourierId ?? "" },
    orderBy: { attemptNo: "asc" },
    select: { attemptNo: true, outcome: true, codCollectedFils: true, rescheduleAt: true, createdAt: true },
  });
  const state = order.state as OrderState;
  const otpLocked = order.deliveryOtpFailures >= OTP_MAX_FAILURES;

  return {
    id: order.id,
    code: order.code,
    state,
    version: order.version,
    runStopNo: order.runStopNo,
    customerName: order.customerName,
    customerPhone: decryptOrderPhone(order.customerPhoneEnc, order.id),
    emirate: order.emirate,
    city: order.city,
    area: order.area,
    ...address,
    addressText,
    mapUrl: mapsLink({ lat, lng, text: `${addressText}, ${order.emirate.replace(/_/g, " ")}` }),
    hasPin: lat !== null && lng !== null,
    totalFils: order.totalFils,
    notes: order.notes,
    pickedUpAt: order.pickedUpAt,
    deliveryAttempts: order.deliveryAttempts,
    lines: order.lines.map((l) => ({
      id: l.id,
      quantity: l.quantity,
      sku: l.product.sku,
      nameEn: l.product.nameEn,
      nameAr: l.product.nameAr,
    })),
    /** The courier's own reports (never the manager's corrections). */
    attempts,
    /** OTP proof is offered only when one was texted and it is not locked by wrong entries. */
    otpAvailable: !!order.deliveryOtpHash && !otpLocked,
    otpLocked: !!order.deliveryOtpHash && otpLocked,
    canReport: state === "delivery_in_progress",
    waitingConfirmation: state === "pending_manager_confirmation",
  };
}
export type CourierStop = Awaited<ReturnType<typeof getCourierStop>>;
