import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { NotificationList } from "@/components/notifications/notification-list";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/guards";
import { listNotifications, unreadCount, ZListNotificationsInput } from "@/lib/notifications/list-notifications";

/** The signed-in user's own notifications (any role): newest first, unread ones marked. */
export default async function NotificationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requireActor(locale);
  const [page, unread, t] = await Promise.all([
    listNotifications(actor, ZListNotificationsInput.parse(sp)),
    unreadCount(actor),
    getTranslations("notifications"),
  ]);
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={t("title")}
        subtitle={t("unreadSummary", { count: unread })}
        actions={<MarkAllReadButton disabled={unread === 0} />}
      />
      <NotificationList rows={page.rows} rtl={locale === "ar"} />
      <Pagination page={page.page} pageCount={page.pageCount} total={page.total} basePath="/notifications" query={{}} />
    </div>
  );
}
