"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { receiveReturnsAction } from "@/lib/returns/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

/** Ticks or clears every return checkbox of the list (inside the form `returns-form`). */
export function SelectAllReturns() {
  const t = useTranslations("returns.receive");
  return (
    <input
      type="checkbox"
      aria-label={t("selectAll")}
      data-testid="select-all-returns"
      onChange={(e) =>
        document.querySelectorAll<HTMLInputElement>('#returns-form input[name="return"]').forEach((i) => {
          i.checked = e.target.checked;
        })
      }
    />
  );
}

function useReceive() {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const receive = (returnIds: string[]) => {
    setMessage(null);
    start(async () => {
      const res = await receiveReturnsAction({ returnIds });
      if (!res.ok) {
        const field = res.fields?.returnIds;
        setMessage({
          kind: "error",
          text: field && t.has(`validation.${field}`) ? t(`validation.${field}`) : applyActionError(res, t),
        });
        return;
      }
      setMessage({ kind: res.data.received ? "success" : "error", text: t("returns.receive.done", res.data) });
      router.refresh();
    });
  };
  return { busy, message, receive };
}

/** "Receive selected": the stock keeper confirms the ticked parcels physically arrived. */
export function ReceiveSelected() {
  const t = useTranslations("returns.receive");
  const { busy, message, receive } = useReceive();
  const selected = () =>
    Array.from(document.querySelectorAll<HTMLInputElement>('#returns-form input[name="return"]:checked')).map(
      (i) => i.value,
    );
  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="receive-actions">
      <button
        type="button"
        className="btn-primary"
        disabled={busy}
        onClick={() => receive(selected())}
        data-testid="receive-selected"
      >
        {busy ? t("working") : t("selected")}
      </button>
      <span className="text-xs text-slate-500">{t("hint")}</span>
      {message && (
        <div className="w-full">
          <Alert kind={message.kind} testId="receive-message">
            {message.text}
          </Alert>
        </div>
      )}
    </div>
  );
}

/** One parcel's "Receive" button (list row or detail page). */
export function ReceiveOne({ returnId, code }: { returnId: string; code: string }) {
  const t = useTranslations("returns.receive");
  const { busy, message, receive } = useReceive();
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        className="btn-secondary px-2 py-1 text-xs"
        disabled={busy}
        onClick={() => receive([returnId])}
        aria-label={t("oneLabel", { code })}
        data-testid="receive-one"
      >
        {t("one")}
      </button>
      {message && (
        <Alert kind={message.kind} testId="receive-message">
          {message.text}
        </Alert>
      )}
    </span>
  );
}
