"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { approvePayoutAction, cancelPayoutAction, payPayoutAction } from "@/lib/finance/payouts/actions";
import { applyActionError } from "@/components/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import {
  MAX_PAYOUT_PROOF_BYTES,
  PAYOUT_METHODS,
  type PayoutMethod,
  type PayoutStatus,
} from "@/lib/finance/payouts/payout.schema";
import { useRouter } from "@/lib/i18n/navigation";

type Props = {
  payoutId: string;
  version: number;
  status: PayoutStatus;
  canApprove: boolean;
  canPay: boolean;
  canCancel: boolean;
  /** The viewer requested this payout: someone else must approve it. */
  isCreator: boolean;
};

/** The next steps of a payout for this finance user: approve, mark paid (with proof), cancel. */
export function PayoutSteps({ payoutId, version, status, canApprove, canPay, canCancel, isCreator }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [proof, setProof] = useState<File | null>(null);
  const [proofError, setProofError] = useState<string | undefined>();
  const pay = useForm<{ method: PayoutMethod; reference: string }>({
    defaultValues: { method: "bank_transfer", reference: "" },
  });
  const cancel = useForm<{ reason: string }>({ defaultValues: { reason: "" } });

  const fail = (res: Parameters<typeof applyActionError>[0], setError?: Parameters<typeof applyActionError>[2]) => {
    setMessage(applyActionError(res, t, setError));
    if (res.error === "conflict") router.refresh();
  };

  function approve() {
    setMessage(null);
    start(async () => {
      const res = await approvePayoutAction({ payoutId, version });
      if (!res.ok) return fail(res);
      router.refresh();
    });
  }

  const submitPay = pay.handleSubmit((values) => {
    setMessage(null);
    setProofError(undefined);
    if (!proof) return setProofError("payouts.proof_required");
    if (proof.size > MAX_PAYOUT_PROOF_BYTES) return setProofError("file_too_large");
    start(async () => {
      const res = await payPayoutAction({ payoutId, version, ...values, proof: { name: proof.name, file: proof } });
      if (!res.ok) {
        setProofError(res.fields?.proof);
        return fail(res, pay.setError as never);
      }
      router.refresh();
    });
  });

  const submitCancel = cancel.handleSubmit(({ reason }) => {
    setMessage(null);
    start(async () => {
      const res = await cancelPayoutAction({ payoutId, version, reason });
      if (!res.ok) return fail(res, cancel.setError as never);
      router.refresh();
    });
  });

  const showApprove = status === "requested" && canApprove;
  const showPay = status === "approved" && canPay;
  const showCancel = (status === "requested" || status === "approved") && canCancel;
  if (!showApprove && !showPay && !showCancel) return null;

  return (
    <div className="space-y-4" data-testid="payout-steps">
      {message && <Alert testId="payout-message">{message}</Alert>}
      {showApprove &&
        (isCreator ? (
          <p className="text-sm text-slate-600" data-testid="payout-needs-other-approver">
            {t("payouts.needsOtherApprover")}
          </p>
        ) : (
          <button type="button" className="btn-primary" disabled={busy} onClick={approve} data-testid="payout-approve">
            {t("payouts.approve")}
          </button>
        ))}
      {showPay && (
        <form onSubmit={submitPay} className="card space-y-3" data-testid="payout-pay-form" noValidate>
          <h3 className="font-semibold">{t("payouts.markPaid")}</h3>
          <div className="grid gap-3 sm:grid-cols-3">
            <div>
              <label htmlFor="pay-method" className="label">
                {t("payouts.method")}
              </label>
              <select id="pay-method" className="input" {...pay.register("method")} data-testid="payout-method">
                {PAYOUT_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {t(`payouts.methods.${m}`)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="pay-reference" className="label">
                {t("payouts.reference")}
              </label>
              <input
                id="pay-reference"
                className="input"
                dir="ltr"
                {...pay.register("reference")}
                aria-invalid={pay.formState.errors.reference ? true : undefined}
                data-testid="payout-reference"
              />
              <FieldError message={pay.formState.errors.reference?.message} />
            </div>
            <div>
              <label htmlFor="pay-proof" className="label">
                {t("payouts.proof")}
              </label>
              <input
                id="pay-proof"
                type="file"
                accept="application/pdf,image/png,image/jpeg,image/webp"
                onChange={(e) => setProof(e.target.files?.[0] ?? null)}
                data-testid="payout-proof"
              />
              <p className="mt-1 text-xs text-slate-500">{t("payouts.proofHint")}</p>
              <FieldError message={proofError} />
            </div>
          </div>
          <button type="submit" className="btn-primary" disabled={busy} data-testid="payout-pay">
            {busy ? t("common.working") : t("payouts.confirmPaid")}
          </button>
        </form>
      )}
      {showCancel && (
        <form onSubmit={submitCancel} className="card space-y-3" data-testid="payout-cancel-form" noValidate>
          <div>
            <label htmlFor="cancel-reason" className="label">
              {t("payouts.cancelReason")}
            </label>
            <input
              id="cancel-reason"
              className="input"
              {...cancel.register("reason")}
              aria-invalid={cancel.formState.errors.reason ? true : undefined}
              data-testid="payout-cancel-reason"
            />
            <FieldError message={cancel.formState.errors.reason?.message} />
          </div>
          <button type="submit" className="btn-danger" disabled={busy} data-testid="payout-cancel">
            {t("payouts.cancel")}
          </button>
        </form>
      )}
    </div>
  );
}
