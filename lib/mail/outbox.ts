import "server-only";
// Transactional outbox: queueEmail() writes the email in the caller's transaction; after the
// commit, deliverPending() sends what is unsent over SMTP (SMTP_URL). Without SMTP the rows
// stay unsent and, when ATLAS_DEV_OUTBOX=1, are readable on the dev outbox page.
import { db, type Tx } from "@/lib/db/client";
import { renderEmail, type EmailTemplate } from "./templates";

export async function queueEmail(
  tx: Tx,
  a: { to: string; locale: string; template: EmailTemplate; params: Record<string, string> },
) {
  const { subject, text } = renderEmail(a.template, a.locale, a.params);
  await tx.outboundEmail.create({ data: { toEmail: a.to, locale: a.locale, template: a.template, subject, text } });
}

export function appBaseUrl(): string {
  return (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}

/** Sends unsent emails (oldest first, bounded batch). Safe to call from anywhere, any time. */
export async function deliverPending(limit = 20): Promise<number> {
  const url = process.env.SMTP_URL;
  if (!url) return 0;
  const { createTransport } = await import("nodemailer");
  const transport = createTransport(url);
  const rows = await db.outboundEmail.findMany({
    where: { sentAt: null, attempts: { lt: 5 } },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  let sent = 0;
  for (const r of rows) {
    // Claim the row first so two instances never send the same email twice.
    const claimed = await db.outboundEmail.updateMany({
      where: { id: r.id, sentAt: null, attempts: r.attempts },
      data: { attempts: { increment: 1 } },
    });
    if (!claimed.count) continue;
    try {
      await transport.sendMail({
        from: process.env.MAIL_FROM ?? "Atlas <no-reply@atlas.local>",
        to: r.toEmail,
        subject: r.subject,
        text: r.text,
      });
      await db.outboundEmail.update({ where: { id: r.id }, data: { sentAt: new Date(), lastError: null } });
      sent++;
    } catch (e) {
      await db.outboundEmail.update({
        where: { id: r.id },
        data: { lastError: String((e as Error).message).slice(0, 500) },
      });
    }
  }
  return sent;
}

/** After a commit that queued mail: deliver without making the user wait for SMTP. */
export function deliverSoon(): void {
  if (!process.env.SMTP_URL) return;
  setTimeout(() => void deliverPending().catch((e) => console.error("[mail] delivery failed", e)), 0);
}

export function devOutboxEnabled(): boolean {
  return process.env.ATLAS_DEV_OUTBOX === "1" && !process.env.SMTP_URL;
}
