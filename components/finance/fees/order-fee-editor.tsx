"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { calculateOrderFeeAction, editOrderFeeAction } from "@/lib/finance/fees/actions";
import { applyActionError } from "@/components/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { ZOrderFeeFields, type OrderFeeFieldsInput } from "@/lib/finance/fees/fees.schema";
import { useRouter } from "@/lib/i18n/navigation";

const FIELDS = [
  ["service", "serviceAed"],
  ["fulfillment", "fulfillmentAed"],
  ["delivery", "deliveryAed"],
  ["codFee", "codFeeAed"],
  ["returnFee", "returnFeeAed"],
] as const;

/** Finance corrects one order's fees (AED amounts) with a reason, until the fee is invoiced. */
export function OrderFeeEditor({
  orderFeeId,
  updatedAt,
  initial,
}: {
  orderFeeId: string;
  updatedAt: string;
  initial: Omit<OrderFeeFieldsInput, "reason">;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<OrderFeeFieldsInput>({
    resolver: zodResolver(ZOrderFeeFields),
    defaultValues: { ...initial, reason: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const res = await editOrderFeeAction({ ...values, orderFeeId, seenUpdatedAt: updatedAt });
    if (!res.ok) {
      setMessage({ kind: "error", text: applyActionError(res, t, setError) });
      if (res.error === "conflict" || res.error === "fee_invoiced") router.refresh();
      return;
    }
    setMessage({ kind: "success", text: t("fees.order.saved") });
    reset({ ...values, reason: "" });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} className="card space-y-4" noValidate data-testid="order-fee-form">
      <h2 className="font-semibold">{t("fees.order.editTitle")}</h2>
      {message && (
        <Alert kind={message.kind} testId="order-fee-message">
          {message.text}
        </Alert>
      )}
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {FIELDS.map(([kind, field]) => (
          <div key={field}>
            <label htmlFor={`fee-${field}`} className="label">
              {t(`fees.kinds.${kind}`)} ({t("fees.order.aed")})
            </label>
            <input
              id={`fee-${field}`}
              className="input"
              inputMode="decimal"
              dir="ltr"
              {...register(field)}
              data-testid={`fee-${field}`}
            />
            <FieldError message={formState.errors[field]?.message} />
          </div>
        ))}
      </div>
      <div>
        <label htmlFor="fee-reason" className="label">
          {t("fees.order.reason")} *
        </label>
        <textarea id="fee-reason" rows={2} className="input" {...register("reason")} data-testid="fee-reason" />
        <FieldError message={formState.errors.reason?.message} />
      </div>
      <button type="submit" className="btn-primary" disabled={formState.isSubmitting} data-testid="order-fee-save">
        {formState.isSubmitting ? t("common.working") : t("fees.order.save")}
      </button>
    </form>
  );
}

/** For a delivered or returned order that has no fee yet: compute it from its schedule. */
export function CalculateFeeButton({ orderId }: { orderId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      {error && <Alert testId="calculate-fee-message">{error}</Alert>}
      <button
        type="button"
        className="btn-primary"
        disabled={busy}
        data-testid="calculate-fee"
        onClick={() =>
          start(async () => {
            setError(null);
            const res = await calculateOrderFeeAction({ orderId });
            if (!res.ok) setError(applyActionError(res, t));
            router.refresh();
          })
        }
      >
        {busy ? t("common.working") : t("fees.order.calculate")}
      </button>
    </div>
  );
}
