import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { Link } from "@/lib/i18n/navigation";
import { unreadCount } from "@/lib/notifications/list-notifications";

/** The app shell's bell: a link to /notifications with the unread count (server-rendered). */
export async function NotificationBell({ actor }: { actor: Actor }) {
  const [count, t] = await Promise.all([unreadCount(actor), getTranslations("notifications")]);
  return (
    <Link
      href="/notifications"
      data-testid="notification-bell"
      aria-label={t("bellLabel", { count })}
      title={t("bellLabel", { count })}
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="h-5 w-5"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span
          data-testid="notification-count"
          className="absolute -top-1 -end-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-[11px] leading-5 font-semibold text-white tabular-nums"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
