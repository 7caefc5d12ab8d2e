"use client";
import { useTransition } from "react";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import { Link, useRouter } from "@/lib/i18n/navigation";

/**
 * Opening a notification marks it read, then navigates (the locale prefix is added by the
 * i18n Link/router). A modified click (new tab/window) still marks it, without waiting.
 */
export function NotificationLink({
  id,
  href,
  unread,
  children,
}: {
  id: string;
  href: string;
  unread: boolean;
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  function onClick(e: React.MouseEvent<HTMLAnchorElement>) {
    if (!unread) return;
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) {
      void markNotificationReadAction({ id });
      return;
    }
    e.preventDefault();
    start(async () => {
      // Navigate even if marking fails: the notification is still worth opening.
      await markNotificationReadAction({ id }).catch(() => undefined);
      router.push(href);
      router.refresh(); // queued after the navigation: the shared layout's bell count updates too
    });
  }
  return (
    <Link
      href={href}
      onClick={onClick}
      onAuxClick={(e) => {
        if (unread && e.button === 1) void markNotificationReadAction({ id });
      }}
      aria-busy={pending || undefined}
      className="text-brand-700 hover:underline"
      data-testid="notification-link"
    >
      {children}
    </Link>
  );
}
