"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { markLabelsPrintedAction } from "@/lib/packaging/actions";
import { applyActionError } from "@/components/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { Link, useRouter } from "@/lib/i18n/navigation";

/**
 * Controls of a printable page (hidden when printing): print; and for labels, record that
 * they were printed (the guard of mark_ready) — when the print button is used, or by the
 * explicit button. Handing orders to delivery happens from the queue: a handed-over order
 * leaves the packer's scope, so this page would turn into a 404 under them.
 */
export function PrintToolbar({ orderIds, labels = false }: { orderIds: string[]; labels?: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  function markPrinted() {
    start(async () => {
      const res = await markLabelsPrintedAction({ orderIds });
      if (!res.ok) return setMessage({ kind: "error", text: applyActionError(res, t) });
      setMessage({ kind: "success", text: t("packaging.printed", res.data) });
      router.refresh();
    });
  }

  return (
    <div className="card space-y-3 print:hidden" data-testid="print-toolbar">
      {message && (
        <Alert kind={message.kind} testId="print-message">
          {message.text}
        </Alert>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn-primary"
          data-testid="print-button"
          onClick={() => {
            window.print();
            if (labels) markPrinted();
          }}
        >
          {t("packaging.print.print")}
        </button>
        {labels && (
          <button
            type="button"
            className="btn-secondary"
            disabled={busy}
            onClick={markPrinted}
            data-testid="mark-printed"
          >
            {t("packaging.print.markPrinted")}
          </button>
        )}
        {labels && (
          <Link href="/warehouse/packaging?tab=printed" className="btn-secondary" data-testid="to-printed-queue">
            {t("packaging.print.toReady")}
          </Link>
        )}
        <Link href="/warehouse/packaging" className="btn-secondary">
          {t("packaging.print.back")}
        </Link>
      </div>
    </div>
  );
}
