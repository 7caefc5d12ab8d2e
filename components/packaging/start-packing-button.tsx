"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { startPackingAction } from "@/lib/packaging/actions";
import { applyActionError } from "@/components/forms/action-result";
import { useRouter } from "@/lib/i18n/navigation";

/** Starts (or, after a failed QC, restarts) packing an order and opens its packing screen. */
export function StartPackingButton({
  orderId,
  version,
  restart = false,
  testId = "start-packing",
}: {
  orderId: string;
  version: number;
  restart?: boolean;
  testId?: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        className={restart ? "btn-secondary" : "btn-primary"}
        disabled={busy}
        data-testid={testId}
        onClick={() =>
          start(async () => {
            setError(null);
            const res = await startPackingAction({ orderId, version });
            if (!res.ok) {
              setError(applyActionError(res, t));
              router.refresh();
              return;
            }
            router.push(`/warehouse/packaging/orders/${orderId}`);
            router.refresh();
          })
        }
      >
        {restart ? t("packaging.restart") : t("packaging.start")}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700" data-testid={`${testId}-error`}>
          {error}
        </span>
      )}
    </span>
  );
}
