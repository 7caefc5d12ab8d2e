import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { listDevOutbox, listDevSmsOutbox } from "@/lib/mail/list-dev-outbox";
import { devOutboxEnabled } from "@/lib/mail/outbox";

/**
 * Development and test only (ATLAS_DEV_OUTBOX=1 and no SMTP): the emails Atlas would have
 * sent, so a registering seller can open their verification link. 404 everywhere else.
 */
export default async function DevOutbox() {
  if (!devOutboxEnabled()) notFound();
  const [rows, sms, t, format] = await Promise.all([
    listDevOutbox(),
    listDevSmsOutbox(),
    getTranslations("devOutbox"),
    getFormatter(),
  ]);
  return (
    <div className="w-full max-w-3xl space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("subtitle")}</p>
      {rows.map((m) => (
        <article key={m.id} className="card space-y-2" data-testid="outbox-email">
          <p className="text-xs text-slate-500">
            {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "medium" })} ·{" "}
            <span dir="ltr">{m.toEmail}</span>
          </p>
          <h2 className="font-semibold">{m.subject}</h2>
          <pre className="text-sm whitespace-pre-wrap" dir="auto">
            {m.text}
          </pre>
        </article>
      ))}
      {sms.map((m) => (
        <article key={m.id} className="card space-y-2" data-testid="outbox-sms">
          <p className="text-xs text-slate-500">
            {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "medium" })} · {t("sms")} ·{" "}
            {t("smsTo", { order: m.order.code })}
          </p>
          <pre className="text-sm whitespace-pre-wrap" dir="auto">
            {m.text}
          </pre>
        </article>
      ))}
      {!rows.length && !sms.length && <p className="card text-sm text-slate-600">{t("empty")}</p>}
    </div>
  );
}
