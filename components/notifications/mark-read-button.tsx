"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import { applyActionError } from "@/components/forms/action-result";

/** Per-row "mark as read"; the refresh also updates the bell's count. */
export function MarkReadButton({ id }: { id: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="shrink-0 text-end">
      <button
        type="button"
        className="btn-secondary px-2 py-1 text-xs"
        disabled={pending}
        data-testid="mark-read"
        onClick={() =>
          start(async () => {
            setError(null);
            const res = await markNotificationReadAction({ id });
            if (!res.ok) return setError(applyActionError(res, t));
            router.refresh();
          })
        }
      >
        {pending ? t("common.working") : t("notifications.markRead")}
      </button>
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
