"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { addCreditEntryAction } from "@/lib/finance/statements/actions";
import { applyActionError } from "@/components/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { MANUAL_CREDIT_KINDS, type ManualCreditKind } from "@/lib/finance/credit/credit.schema";
import { useRouter } from "@/lib/i18n/navigation";

type Form = { kind: ManualCreditKind; amount: string; reason: string };

/** Finance records a prepayment received or a signed adjustment of the seller's credit. */
export function CreditEntryForm({ sellerId }: { sellerId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Form>({ defaultValues: { kind: "top_up", amount: "", reason: "" } });

  const submit = handleSubmit((values) => {
    setMessage(null);
    start(async () => {
      const res = await addCreditEntryAction({ sellerId, ...values });
      if (!res.ok) return setMessage({ kind: "error", text: applyActionError(res, t, setError) });
      reset({ kind: values.kind, amount: "", reason: "" });
      setMessage({ kind: "success", text: t("credit.saved") });
      router.refresh();
    });
  });

  return (
    <form onSubmit={submit} className="card space-y-3" data-testid="credit-form" noValidate>
      <h3 className="font-semibold">{t("credit.add")}</h3>
      {message && (
        <Alert kind={message.kind} testId="credit-message">
          {message.text}
        </Alert>
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor="credit-kind" className="label">
            {t("credit.kind")}
          </label>
          <select id="credit-kind" className="input" {...register("kind")} data-testid="credit-kind">
            {MANUAL_CREDIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`credit.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="credit-amount" className="label">
            {t("credit.amount")}
          </label>
          <input
            id="credit-amount"
            className="input"
            dir="ltr"
            inputMode="decimal"
            placeholder="-25.00"
            {...register("amount")}
            aria-invalid={errors.amount ? true : undefined}
            data-testid="credit-amount"
          />
          <p className="mt-1 text-xs text-slate-500">{t("credit.amountHint")}</p>
          <FieldError message={errors.amount?.message} />
        </div>
        <div>
          <label htmlFor="credit-reason" className="label">
            {t("credit.reason")}
          </label>
          <input
            id="credit-reason"
            className="input"
            {...register("reason")}
            aria-invalid={errors.reason ? true : undefined}
            data-testid="credit-reason"
          />
          <FieldError message={errors.reason?.message} />
        </div>
      </div>
      <button type="submit" className="btn-primary" disabled={busy} data-testid="credit-submit">
        {busy ? t("common.working") : t("credit.submit")}
      </button>
    </form>
  );
}
