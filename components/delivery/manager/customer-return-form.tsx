"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { customerReturnAction } from "@/lib/delivery/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { applyActionError } from "@/components/forms/action-result";
import { useFeedback } from "./feedback";

/** Starts a customer return on a delivered order: reason required, refund in AED optional. */
export function CustomerReturnForm({ orderId, version }: { orderId: string; version: number }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [reason, setReason] = useState("");
  const [refund, setRefund] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const feedback = useFeedback();
  return (
    <div className="space-y-3" data-testid="customer-return-form">
      {message && (
        <Alert kind={message.kind} testId="customer-return-message">
          {message.text}
        </Alert>
      )}
      <div>
        <label htmlFor="return-reason" className="label">
          {t("delivery.customerReturn.reason")} *
        </label>
        <textarea
          id="return-reason"
          className="input"
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={!!fields.reason}
          data-testid="return-reason"
        />
        <FieldError message={fields.reason} />
      </div>
      <div>
        <label htmlFor="return-refund" className="label">
          {t("delivery.customerReturn.refund")}
        </label>
        <input
          id="return-refund"
          className="input max-w-40"
          inputMode="decimal"
          dir="ltr"
          value={refund}
          onChange={(e) => setRefund(e.target.value)}
          aria-invalid={!!fields.refundAed}
          data-testid="return-refund"
        />
        <FieldError message={fields.refundAed} />
      </div>
      <button
        type="button"
        className="btn-danger"
        disabled={busy}
        data-testid="return-submit"
        onClick={() =>
          start(async () => {
            setFields({});
            setMessage(null);
            const res = await customerReturnAction({ orderId, version, reason, refundAed: refund });
            if (!res.ok) {
              setFields(res.fields ?? {});
              setMessage({ kind: "error", text: applyActionError(res, t) });
              if (res.error === "order_changed") router.refresh();
              return;
            }
            feedback({ kind: "success", text: t("delivery.customerReturn.done", { code: res.data.returnCode }) });
            router.refresh();
          })
        }
      >
        {t("delivery.customerReturn.submit")}
      </button>
    </div>
  );
}
