"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { endShiftAction, nextOrderAction, startShiftAction } from "@/lib/callcenter/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

/** The agent's shift switch and the "next order" button (claims atomically, then opens it). */
export function AgentControls({ onShift }: { onShift: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);

  return (
    <div className="card flex flex-wrap items-center gap-3" data-testid="agent-controls">
      <button
        type="button"
        className="btn-primary"
        disabled={busy}
        data-testid="next-order"
        onClick={() => {
          setMessage(null);
          start(async () => {
            const res = await nextOrderAction({});
            if (!res.ok) return setMessage({ kind: "error", text: applyActionError(res, t) });
            if (!res.data.orderId) return setMessage({ kind: "info", text: t("callcenter.agent.nothingWaiting") });
            router.push(`/callcenter/orders/${res.data.orderId}`);
          });
        }}
      >
        {t("callcenter.agent.nextOrder")}
      </button>
      {onShift ? (
        <button
          type="button"
          className="btn-secondary"
          disabled={busy}
          data-testid="end-shift"
          onClick={() =>
            start(async () => {
              const r = await endShiftAction({});
              if (!r.ok) setMessage({ kind: "error", text: applyActionError(r, t) });
              router.refresh();
            })
          }
        >
          {t("callcenter.agent.endShift")}
        </button>
      ) : (
        <button
          type="button"
          className="btn-secondary"
          disabled={busy}
          data-testid="start-shift"
          onClick={() =>
            start(async () => {
              const r = await startShiftAction({});
              if (!r.ok) setMessage({ kind: "error", text: applyActionError(r, t) });
              router.refresh();
            })
          }
        >
          {t("callcenter.agent.startShift")}
        </button>
      )}
      {message && (
        <div className="w-full">
          <Alert kind={message.kind} testId="agent-message">
            {message.text}
          </Alert>
        </div>
      )}
    </div>
  );
}
