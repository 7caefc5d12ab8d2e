"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { markReadyAction } from "@/lib/packaging/actions";
import { applyActionError } from "@/components/forms/action-result";
import { useRouter } from "@/lib/i18n/navigation";

/** Hands one packed order with a printed label to delivery (mark_ready), from its queue row. */
export function MarkReadyButton({ orderId }: { orderId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        className="btn-primary"
        disabled={busy}
        data-testid="row-mark-ready"
        onClick={() =>
          start(async () => {
            setError(null);
            const res = await markReadyAction({ orderIds: [orderId] });
            if (!res.ok) return setError(applyActionError(res, t));
            if (res.data.ready === 0) return setError(t("packaging.ready", res.data));
            router.refresh();
          })
        }
      >
        {t("packaging.print.markReady")}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700" data-testid="row-mark-ready-error">
          {error}
        </span>
      )}
    </span>
  );
}
