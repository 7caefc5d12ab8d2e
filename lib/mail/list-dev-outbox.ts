import "server-only";
import { db } from "@/lib/db/client";
import { devOutboxEnabled } from "./outbox";

/** The latest 50 queued emails, only where the dev outbox is switched on. */
export async function listDevOutbox() {
  if (!devOutboxEnabled()) return [];
  return db.outboundEmail.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, toEmail: true, subject: true, text: true, createdAt: true },
  });
}

/** The latest 50 queued customer texts (delivery OTPs), same switch, no SMS provider set. */
export async function listDevSmsOutbox() {
  if (!devOutboxEnabled() || process.env.SMS_WEBHOOK_URL) return [];
  return db.outboundSms.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, text: true, createdAt: true, order: { select: { code: true } } },
  });
}
