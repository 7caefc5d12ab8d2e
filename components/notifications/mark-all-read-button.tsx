"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { markAllNotificationsReadAction } from "@/lib/notifications/actions";
import { applyActionError } from "@/components/forms/action-result";
import { Alert } from "@/components/ui/alert";

export function MarkAllReadButton({ disabled }: { disabled: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <button
        type="button"
        className="btn-secondary"
        disabled={disabled || pending}
        data-testid="mark-all-read"
        onClick={() =>
          start(async () => {
            setError(null);
            const res = await markAllNotificationsReadAction({});
            if (!res.ok) return setError(applyActionError(res, t));
            router.refresh();
          })
        }
      >
        {pending ? t("common.working") : t("notifications.markAllRead")}
      </button>
      {error && <Alert testId="mark-all-read-error">{error}</Alert>}
    </div>
  );
}
