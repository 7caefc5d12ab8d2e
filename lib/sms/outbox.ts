import "server-only";
// SMS outbox (customer delivery OTP), same shape as the email outbox: queueSms() writes the
// text in the caller's transaction; deliverPendingSms() posts unsent rows to the provider
// webhook (SMS_WEBHOOK_URL, JSON {to, text}, Bearer SMS_WEBHOOK_TOKEN). The customer's phone
// is decrypted from the order at send time and never copied into this table. Without a
// provider the rows stay unsent and, with ATLAS_DEV_OUTBOX=1, show on the dev outbox page.
import { db, type Tx } from "@/lib/db/client";
import { decryptOrderPhone } from "@/lib/orders/order-pii";

export async function queueSms(tx: Tx, a: { orderId: string; template: string; locale: string; text: string }) {
  await tx.outboundSms.create({ data: { orderId: a.orderId, template: a.template, locale: a.locale, text: a.text } });
}

export async function deliverPendingSms(limit = 20): Promise<number> {
  const url = process.env.SMS_WEBHOOK_URL;
  if (!url) return 0;
  const rows = await db.outboundSms.findMany({
    where: { sentAt: null, attempts: { lt: 5 } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true, text: true, attempts: true, order: { select: { id: true, customerPhoneEnc: true } } },
  });
  let sent = 0;
  for (const r of rows) {
    const claimed = await db.outboundSms.updateMany({
      where: { id: r.id, sentAt: null, attempts: r.attempts },
      data: { attempts: { increment: 1 } },
    });
    if (!claimed.count) continue;
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(process.env.SMS_WEBHOOK_TOKEN ? { authorization: `Bearer ${process.env.SMS_WEBHOOK_TOKEN}` } : {}),
        },
        body: JSON.stringify({ to: decryptOrderPhone(r.order.customerPhoneEnc, r.order.id), text: r.text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`provider answered ${res.status}`);
      await db.outboundSms.update({ where: { id: r.id }, data: { sentAt: new Date(), lastError: null } });
      sent++;
    } catch (e) {
      await db.outboundSms.update({
        where: { id: r.id },
        data: { lastError: String((e as Error).message).slice(0, 500) },
      });
    }
  }
  return sent;
}

/** After a commit that queued texts: send without making the user wait. */
export function deliverSmsSoon(): void {
  if (!process.env.SMS_WEBHOOK_URL) return;
  setTimeout(() => void deliverPendingSms().catch((e) => console.error("[sms] delivery failed", e)), 0);
}
