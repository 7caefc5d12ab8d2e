"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { approveSellerAction, rejectSellerAction } from "@/lib/sellers/actions";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { applyActionError } from "@/components/forms/action-result";
import { ZRejectSellerInput, type RejectSellerInput } from "@/lib/sellers/decide-seller.schema";

export function SellerDecisionPanel({
  sellerId,
  verified,
  pending,
}: {
  sellerId: string;
  verified: boolean;
  pending: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [approving, setApproving] = useState(false);
  const { register, handleSubmit, formState, setError } = useForm<RejectSellerInput>({
    resolver: zodResolver(ZRejectSellerInput),
    defaultValues: { sellerId, reason: "" },
  });

  async function approve() {
    setMessage(null);
    setApproving(true);
    const res = await approveSellerAction({ sellerId });
    setApproving(false);
    if (!res.ok) return setMessage({ kind: "error", text: applyActionError(res, t) });
    setMessage({ kind: "success", text: t("sellerApprovals.approved") });
    router.refresh();
  }

  const reject = handleSubmit(async (values) => {
    setMessage(null);
    const res = await rejectSellerAction(values);
    if (!res.ok) return setMessage({ kind: "error", text: applyActionError(res, t, setError) });
    setMessage({ kind: "success", text: t("sellerApprovals.rejected") });
    router.refresh();
  });

  return (
    <div className="space-y-4">
      {message && (
        <Alert kind={message.kind} testId="decision-message">
          {message.text}
        </Alert>
      )}
      {pending && (
        <>
          <section className="card flex flex-wrap items-center justify-between gap-3">
            <div>
              <h2 className="font-semibold">{t("sellerApprovals.approveTitle")}</h2>
              <p className="text-sm text-slate-600">
                {verified ? t("sellerApprovals.approveHint") : t("errors.applicant_unverified")}
              </p>
            </div>
            <button
              type="button"
              className="btn-primary"
              disabled={approving || !verified}
              onClick={approve}
              data-testid="approve-seller"
            >
              {approving ? t("common.working") : t("sellerApprovals.approve")}
            </button>
          </section>
          <form onSubmit={reject} noValidate className="card space-y-3">
            <h2 className="font-semibold">{t("sellerApprovals.rejectTitle")}</h2>
            <label htmlFor="reason" className="label">
              {t("sellerApprovals.reason")}
            </label>
            <textarea id="reason" rows={3} className="input" data-testid="reject-reason" {...register("reason")} />
            <p className="text-xs text-slate-500">{t("sellerApprovals.reasonHint")}</p>
            <FieldError message={formState.errors.reason?.message} />
            <button type="submit" className="btn-danger" disabled={formState.isSubmitting} data-testid="reject-seller">
              {formState.isSubmitting ? t("common.working") : t("sellerApprovals.reject")}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
