"use client";
import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { pickUpOrderAction } from "@/lib/delivery/courier/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

/**
 * Pick-up scan: a keyboard-wedge scanner types the label's order code and presses Enter (a
 * courier can type it too). The field keeps focus and clears, so the next parcel can be scanned.
 */
export function PickupScan() {
  const t = useTranslations();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  const [busy, start] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "success" | "info"; text: string } | null>(null);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const value = code.trim();
    if (!value) return;
    // Cleared at once: a wedge scanner may type the next code while this one is sent.
    setCode("");
    start(async () => {
      const res = await pickUpOrderAction({ code: value });
      if (!res.ok) {
        setMessage({
          kind: "error",
          text: res.error === "not_found" ? t("courier.pickup.notFound", { code: value }) : applyActionError(res, t),
        });
      } else {
        setMessage(
          res.data.alreadyPickedUp
            ? { kind: "info", text: t("courier.pickup.already", { code: res.data.code }) }
            : { kind: "success", text: t("courier.pickup.done", { code: res.data.code }) },
        );
        router.refresh();
      }
      input.current?.focus();
    });
  }

  return (
    <form onSubmit={submit} className="card space-y-3" data-testid="pickup-scan">
      <label htmlFor="pickup-code" className="label text-base">
        {t("courier.pickup.label")}
      </label>
      <div className="flex gap-2">
        <input
          id="pickup-code"
          ref={input}
          className="input min-h-12 flex-1 text-lg"
          dir="ltr"
          inputMode="numeric"
          autoComplete="off"
          enterKeyHint="go"
          placeholder="#261130001"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          data-testid="pickup-input"
        />
        <button
          type="submit"
          className="btn-primary min-h-12 px-5 text-base"
          disabled={!code.trim()}
          aria-busy={busy}
          data-testid="pickup-submit"
        >
          {t("courier.pickup.submit")}
        </button>
      </div>
      <p className="text-xs text-slate-500">{t("courier.pickup.hint")}</p>
      {message && (
        <Alert kind={message.kind} testId="pickup-message">
          <span dir="auto">{message.text}</span>
        </Alert>
      )}
    </form>
  );
}
