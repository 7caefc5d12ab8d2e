"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { decideProductAction, decideProductDeletionAction } from "@/lib/products/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { applyActionError } from "@/components/forms/action-result";
import type { ActionResult } from "@/lib/actions/action";

/** Approve / reject (with a required reason) a pending product, or decide a deletion request. */
export function ProductDecisionPanel({
  productId,
  pending,
  deletionRequested,
}: {
  productId: string;
  pending: boolean;
  deletionRequested: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  function run(fn: () => Promise<ActionResult<unknown>>) {
    setMessage(null);
    setReasonError(undefined);
    start(async () => {
      const res = await fn();
      if (!res.ok) {
        setReasonError(res.fields?.reason);
        setMessage({ kind: "error", text: applyActionError(res, t) });
        if (res.error === "conflict") router.refresh();
        return;
      }
      setMessage({ kind: "success", text: t("productApprovals.done") });
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      {message && (
        <Alert kind={message.kind} testId="decision-message">
          {message.text}
        </Alert>
      )}
      {pending && (
        <section className="card space-y-3" data-testid="approval-panel">
          <h2 className="font-semibold">{t("productApprovals.decide")}</h2>
          <button
            className="btn-primary"
            disabled={busy}
            data-testid="approve-product"
            onClick={() => run(() => decideProductAction({ productId, decision: "approve" }))}
          >
            {t("productApprovals.approve")}
          </button>
          <div>
            <label htmlFor="reject-reason" className="label">
              {t("productApprovals.rejectReason")}
            </label>
            <textarea
              id="reject-reason"
              rows={2}
              className="input"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              data-testid="reject-reason"
            />
            <FieldError message={reasonError} />
          </div>
          <button
            className="btn-danger"
            disabled={busy}
            data-testid="reject-product"
            onClick={() => {
              if (reason.trim().length < 5) return setReasonError("reason_required");
              run(() => decideProductAction({ productId, decision: "reject", reason }));
            }}
          >
            {t("productApprovals.reject")}
          </button>
        </section>
      )}
      {deletionRequested && (
        <section className="card flex flex-wrap gap-3" data-testid="deletion-panel">
          <h2 className="w-full font-semibold">{t("productApprovals.deletionDecision")}</h2>
          <p className="w-full text-sm text-slate-600">{t("productApprovals.archiveHint")}</p>
          <button
            className="btn-danger"
            disabled={busy}
            data-testid="approve-deletion"
            onClick={() => run(() => decideProductDeletionAction({ productId, decision: "approve" }))}
          >
            {t("productApprovals.archive")}
          </button>
          <button
            className="btn-secondary"
            disabled={busy}
            data-testid="refuse-deletion"
            onClick={() => run(() => decideProductDeletionAction({ productId, decision: "reject" }))}
          >
            {t("productApprovals.refuseDeletion")}
          </button>
        </section>
      )}
    </div>
  );
}
