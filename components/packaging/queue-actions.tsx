"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { markReadyAction } from "@/lib/packaging/actions";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";
import { useRouter } from "@/lib/i18n/navigation";

/**
 * Batch controls of the packaging queue: tick orders (checkboxes named "order" inside the
 * form `packing-queue-form`), then open one pick list, the packing slips or the labels of all
 * of them, or hand the printed ones to delivery.
 */
export function PackingQueueActions({ showReady }: { showReady: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  const selected = () =>
    Array.from(document.querySelectorAll<HTMLInputElement>('#packing-queue-form input[name="order"]:checked')).map(
      (i) => i.value,
    );

  function open(path: string) {
    const ids = selected();
    if (!ids.length) return setMessage({ kind: "error", text: t("validation.select_orders") });
    setMessage(null);
    router.push(`/warehouse/packaging/${path}?ids=${encodeURIComponent(ids.join(","))}`);
  }

  function ready() {
    const ids = selected();
    if (!ids.length) return setMessage({ kind: "error", text: t("validation.select_orders") });
    setMessage(null);
    start(async () => {
      const res = await markReadyAction({ orderIds: ids });
      if (!res.ok) {
        const field = res.fields?.orderIds;
        setMessage({ kind: "error", text: field ? t(`validation.${field}`) : applyActionError(res, t) });
        return;
      }
      setMessage({ kind: "success", text: t("packaging.ready", res.data) });
      router.refresh();
    });
  }

  return (
    <div className="card space-y-3 print:hidden" data-testid="packing-queue-actions">
      {message && (
        <Alert kind={message.kind} testId="packing-queue-message">
          {message.text}
        </Alert>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" onClick={() => open("pick-list")} data-testid="bulk-pick-list">
          {t("packaging.bulk.pickList")}
        </button>
        <button type="button" className="btn-secondary" onClick={() => open("slips")} data-testid="bulk-slips">
          {t("packaging.bulk.slips")}
        </button>
        <button type="button" className="btn-secondary" onClick={() => open("labels")} data-testid="bulk-labels">
          {t("packaging.bulk.labels")}
        </button>
        {showReady && (
          <button type="button" className="btn-primary" disabled={busy} onClick={ready} data-testid="bulk-mark-ready">
            {t("packaging.bulk.markReady")}
          </button>
        )}
      </div>
      <p className="text-xs text-slate-500">{t("packaging.bulk.hint")}</p>
    </div>
  );
}
