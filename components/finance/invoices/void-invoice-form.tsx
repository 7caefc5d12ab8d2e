"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { voidInvoiceAction } from "@/lib/finance/invoices/actions";
import { applyActionError } from "@/components/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { useRouter } from "@/lib/i18n/navigation";

/** Voids an issued invoice (no live payout) with a reason; its orders go back to the statement. */
export function VoidInvoiceForm({ invoiceId, version }: { invoiceId: string; version: number }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [open, setOpen] = useState(false);
  const [error, setErrorText] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<{ reason: string }>({ defaultValues: { reason: "" } });

  const submit = handleSubmit(({ reason }) => {
    setErrorText(null);
    start(async () => {
      const res = await voidInvoiceAction({ invoiceId, version, reason });
      if (!res.ok) {
        setErrorText(applyActionError(res, t, setError));
        if (res.error === "conflict") router.refresh();
        return;
      }
      router.refresh();
    });
  });

  if (!open)
    return (
      <button type="button" className="btn-danger" onClick={() => setOpen(true)} data-testid="void-invoice-open">
        {t("invoices.void")}
      </button>
    );
  return (
    <form onSubmit={submit} className="card space-y-3" data-testid="void-invoice-form" noValidate>
      {error && <Alert testId="void-invoice-error">{error}</Alert>}
      <div>
        <label htmlFor="void-reason" className="label">
          {t("invoices.voidReason")}
        </label>
        <input
          id="void-reason"
          className="input"
          {...register("reason")}
          aria-invalid={errors.reason ? true : undefined}
          data-testid="void-reason"
        />
        <FieldError message={errors.reason?.message} />
      </div>
      <p className="text-xs text-slate-500">{t("invoices.voidHint")}</p>
      <div className="flex gap-2">
        <button type="submit" className="btn-danger" disabled={busy} data-testid="void-invoice-submit">
          {t("invoices.voidConfirm")}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
          {t("invoices.cancel")}
        </button>
      </div>
    </form>
  );
}
