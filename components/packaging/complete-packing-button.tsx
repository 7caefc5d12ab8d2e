"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { completePackingAction } from "@/lib/packaging/actions";
import { applyActionError } from "@/components/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { useRouter } from "@/lib/i18n/navigation";

/** Completes packing (the server re-checks scans and QC and consumes the reservation). */
export function CompletePackingButton({
  orderId,
  version,
  enabled,
  hint,
}: {
  orderId: string;
  version: number;
  enabled: boolean;
  hint: string | null;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  return (
    <div className="space-y-2" data-testid="complete-packing-box">
      {message && (
        <Alert kind={message.kind} testId="complete-message">
          {message.text}
        </Alert>
      )}
      {hint && (
        <p className="text-sm text-slate-600" data-testid="complete-hint">
          {hint}
        </p>
      )}
      <button
        type="button"
        className="btn-primary"
        disabled={busy || !enabled}
        data-testid="complete-packing"
        onClick={() =>
          start(async () => {
            setMessage(null);
            const res = await completePackingAction({ orderId, version });
            if (!res.ok) {
              setMessage({
                kind: "error",
                text: res.fields?._form ? t(`validation.${res.fields._form}`) : applyActionError(res, t),
              });
              router.refresh();
              return;
            }
            setMessage({ kind: "success", text: t("packaging.complete.done", { picked: res.data.picked }) });
            router.refresh();
          })
        }
      >
        {t("packaging.complete.button")}
      </button>
    </div>
  );
}
