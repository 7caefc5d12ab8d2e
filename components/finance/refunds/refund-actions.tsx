"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { approveRefundAction, cancelRefundAction, payRefundAction } from "@/lib/finance/refunds/actions";
import {
  ZCancelRefundFields,
  ZPayRefundFields,
  type CancelRefundFieldsInput,
  type PayRefundFieldsInput,
} from "@/lib/finance/refunds/refund.schema";
import { useRouter } from "@/lib/i18n/navigation";
import { FieldError } from "@/components/ui/field-error";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

type Props = {
  refundId: string;
  version: number;
  status: "pending" | "approved" | "paid" | "cancelled";
  invoiced: boolean;
  canApprove: boolean;
  canPay: boolean;
};

/** The decisions finance can take on one refund row, by its status and the user's permissions. */
export function RefundActions({ refundId, version, status, invoiced, canApprove, canPay }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState<"pay" | "cancel" | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, start] = useTransition();
  const mayApprove = canApprove && status === "pending";
  const mayPay = canPay && status === "approved";
  const mayCancel = canApprove && !invoiced && (status === "pending" || status === "approved");
  if (!mayApprove && !mayPay && !mayCancel) return <span className="text-slate-400">—</span>;

  return (
    <div className="space-y-2" data-testid="refund-actions">
      {message && <Alert testId="refund-message">{message}</Alert>}
      <div className="flex flex-wrap gap-2">
        {mayApprove && (
          <button
            type="button"
            className="btn-primary"
            disabled={busy}
            data-testid="refund-approve"
            onClick={() =>
              start(async () => {
                setMessage(null);
                const res = await approveRefundAction({ refundId, version });
                if (!res.ok) setMessage(applyActionError(res, t));
                router.refresh();
              })
            }
          >
            {busy ? t("common.working") : t("refunds.actions.approve")}
          </button>
        )}
        {mayPay && (
          <button
            type="button"
            className="btn-primary"
            data-testid="refund-pay-open"
            onClick={() => setOpen(open === "pay" ? null : "pay")}
          >
            {t("refunds.actions.markPaid")}
          </button>
        )}
        {mayCancel && (
          <button
            type="button"
            className="btn-secondary"
            data-testid="refund-cancel-open"
            onClick={() => setOpen(open === "cancel" ? null : "cancel")}
          >
            {t("refunds.actions.cancel")}
          </button>
        )}
      </div>
      {open === "pay" && <PayForm refundId={refundId} version={version} onDone={() => setOpen(null)} />}
      {open === "cancel" && <CancelForm refundId={refundId} version={version} onDone={() => setOpen(null)} />}
    </div>
  );
}

function PayForm({ refundId, version, onDone }: { refundId: string; version: number; onDone: () => void }) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [proofError, setProofError] = useState<string | undefined>();
  const { register, handleSubmit, formState, setError } = useForm<PayRefundFieldsInput>({
    resolver: zodResolver(ZPayRefundFields),
    defaultValues: { reference: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    setProofError(undefined);
    const res = await payRefundAction({ ...values, refundId, version, proof: file ? [{ name: file.name, file }] : [] });
    if (!res.ok) {
      setProofError(res.fields?.proof);
      setMessage(applyActionError(res, t, setError));
      if (res.error === "conflict") router.refresh();
      return;
    }
    onDone();
    router.refresh();
  });
  const refId = `refund-reference-${refundId}`;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-2 rounded border border-slate-200 p-3"
      data-testid="refund-pay-form"
    >
      {message && <Alert testId="refund-pay-message">{message}</Alert>}
      <div>
        <label htmlFor={refId} className="label">
          {t("refunds.pay.reference")}
        </label>
        <input id={refId} className="input" dir="ltr" data-testid="refund-reference" {...register("reference")} />
        <FieldError message={formState.errors.reference?.message} />
      </div>
      <div>
        <label className="label">
          {t("refunds.pay.proof")}
          <input
            type="file"
            accept="application/pdf,image/png,image/jpeg,image/webp"
            className="mt-1 block text-sm"
            data-testid="refund-proof"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <p className="mt-1 text-xs text-slate-500">{t("refunds.pay.proofHint")}</p>
        <FieldError message={proofError} />
      </div>
      <button type="submit" className="btn-primary" disabled={formState.isSubmitting} data-testid="refund-pay-submit">
        {formState.isSubmitting ? t("common.working") : t("refunds.pay.submit")}
      </button>
    </form>
  );
}

function CancelForm({ refundId, version, onDone }: { refundId: string; version: number; onDone: () => void }) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<CancelRefundFieldsInput>({
    resolver: zodResolver(ZCancelRefundFields),
    defaultValues: { reason: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const res = await cancelRefundAction({ ...values, refundId, version });
    if (!res.ok) {
      setMessage(applyActionError(res, t, setError));
      if (res.error === "conflict") router.refresh();
      return;
    }
    onDone();
    router.refresh();
  });
  const reasonId = `refund-reason-${refundId}`;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-2 rounded border border-slate-200 p-3"
      data-testid="refund-cancel-form"
    >
      {message && <Alert testId="refund-cancel-message">{message}</Alert>}
      <div>
        <label htmlFor={reasonId} className="label">
          {t("refunds.cancel.reason")}
        </label>
        <textarea id={reasonId} rows={2} className="input" data-testid="refund-cancel-reason" {...register("reason")} />
        <FieldError message={formState.errors.reason?.message} />
      </div>
      <button type="submit" className="btn-danger" disabled={formState.isSubmitting} data-testid="refund-cancel-submit">
        {formState.isSubmitting ? t("common.working") : t("refunds.cancel.submit")}
      </button>
    </form>
  );
}
