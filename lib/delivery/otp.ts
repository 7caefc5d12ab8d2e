import "server-only";
// Customer delivery OTP: six digits texted to the customer when the order is dispatched; the
// courier types what the customer reads out. Only a keyed HMAC is stored (blindIndex, bound
// to the order id), wrong entries are counted and five lock it.
import { randomInt } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { blindIndex } from "@/lib/crypto/pii";
import { queueSms } from "@/lib/sms/outbox";

export const OTP_MAX_FAILURES = 5;
const purpose = (orderId: string) => `Order.deliveryOtp:${orderId}`;

/**
 * The customer's text. The customer's language is not known (the seller's form does not ask),
 * so it carries both, the given locale first.
 */
export function otpText(locale: string, code: string, orderCode: string): string {
  const ar = `رمز التسليم لطلبك ${orderCode} هو ${code}. أعطه للمندوب عند الاستلام فقط.`;
  const en = `Your Atlas delivery code for order ${orderCode} is ${code}. Give it to the courier only when you receive your parcel.`;
  return locale === "en" ? `${en}\n${ar}` : `${ar}\n${en}`;
}

/** New OTP for the order (replaces any earlier one), texted in the caller's transaction. */
export async function issueDeliveryOtp(
  tx: Tx,
  a: { orderId: string; orderCode: string; locale?: string; now?: Date },
): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await tx.order.update({
    where: { id: a.orderId },
    data: {
      deliveryOtpHash: blindIndex(code, purpose(a.orderId)),
      deliveryOtpIssuedAt: a.now ?? new Date(),
      deliveryOtpFailures: 0,
    },
  });
  const locale = a.locale ?? "ar";
  await queueSms(tx, {
    orderId: a.orderId,
    template: "delivery_otp",
    locale,
    text: otpText(locale, code, a.orderCode),
  });
  return code;
}

export type OtpCheck = "ok" | "wrong" | "locked" | "none";

/**
 * Checks a typed OTP. A wrong entry is counted with its own update (the caller should let it
 * commit even though the delivery report is refused). Call with the order row locked.
 */
export async function checkDeliveryOtp(tx: Tx, orderId: string, typed: string): Promise<OtpCheck> {
  const o = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { deliveryOtpHash: true, deliveryOtpFailures: true },
  });
  if (!o.deliveryOtpHash) return "none";
  if (o.deliveryOtpFailures >= OTP_MAX_FAILURES) return "locked";
  if (/^\d{6}$/.test(typed) && blindIndex(typed, purpose(orderId)) === o.deliveryOtpHash) return "ok";
  await tx.order.update({ where: { id: orderId }, data: { deliveryOtpFailures: { increment: 1 } } });
  return "wrong";
}
