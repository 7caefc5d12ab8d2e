"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { retryReservationsAction } from "@/lib/callcenter/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

/** Manager: try to reserve stock again for an order the customer confirmed while stock was short. */
export function RetryReservationButton({ orderId }: { orderId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "success" | "info"; text: string } | null>(null);
  return (
    <div className="space-y-2">
      <button
        type="button"
        className="btn-secondary"
        disabled={busy}
        data-testid="retry-reservation"
        onClick={() =>
          start(async () => {
            const res = await retryReservationsAction({ orderIds: [orderId] });
            if (!res.ok) return setMessage({ kind: "error", text: applyActionError(res, t) });
            setMessage(
              res.data.reserved
                ? { kind: "success", text: t("callcenter.queue.retried", res.data) }
                : { kind: "info", text: t("callcenter.outcome.stillShort") },
            );
            router.refresh();
          })
        }
      >
        {t("callcenter.queue.retryReservations")}
      </button>
      {message && (
        <Alert kind={message.kind} testId="retry-message">
          {message.text}
        </Alert>
      )}
    </div>
  );
}
