import { getFormatter, getTranslations } from "next-intl/server";
import type { NotificationRow } from "@/lib/notifications/list-notifications";
import { notificationMessage, safeNotificationLink } from "@/lib/notifications/notification-text";
import { MarkReadButton } from "./mark-read-button";
import { NotificationLink } from "./notification-link";

/** One page of the actor's notifications; the text is translated now, from type + params. */
export async function NotificationList({ rows, rtl }: { rows: NotificationRow[]; rtl: boolean }) {
  const [t, format] = await Promise.all([getTranslations("notifications"), getFormatter()]);
  if (!rows.length) {
    return (
      <div className="card text-center text-sm text-slate-500" data-testid="notifications-empty">
        {t("none")}
      </div>
    );
  }
  return (
    <ul
      className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white"
      data-testid="notification-list"
    >
      {rows.map((n) => {
        const unread = n.readAt === null;
        const message = notificationMessage(n.type, n.params, { isolate: rtl });
        const text = t(message.key, message.values);
        const link = safeNotificationLink(n.link);
        return (
          <li
            key={n.id}
            data-testid="notification-row"
            data-notification-id={n.id}
            data-unread={unread ? "true" : "false"}
            className={`flex items-start gap-3 p-4 ${unread ? "border-s-4 border-s-brand-600 bg-brand-50/40" : "border-s-4 border-s-transparent"}`}
          >
            <span className="mt-1.5 w-2 shrink-0" aria-hidden={!unread}>
              {unread && (
                <span
                  className="block h-2 w-2 rounded-full bg-brand-600"
                  data-testid="notification-unread"
                  title={t("unread")}
                >
                  <span className="sr-only">{t("unread")}</span>
                </span>
              )}
            </span>
            <div className="min-w-0 flex-1">
              <p
                className={`text-sm ${unread ? "font-semibold text-slate-900" : "text-slate-700"}`}
                data-testid="notification-text"
              >
                {link ? (
                  <NotificationLink id={n.id} href={link} unread={unread}>
                    {text}
                  </NotificationLink>
                ) : (
                  text
                )}
              </p>
              <time
                className="mt-1 block text-xs text-slate-500 tabular-nums"
                dateTime={n.createdAt.toISOString()}
                data-testid="notification-time"
              >
                {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </div>
            {unread && <MarkReadButton id={n.id} />}
          </li>
        );
      })}
    </ul>
  );
}
