"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { createPayoutAction } from "@/lib/finance/payouts/actions";
import { applyActionError } from "@/components/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { useRouter } from "@/lib/i18n/navigation";

/** Requests the payout of this invoice's payable; opens the payout. */
export function CreatePayoutButton({ invoiceId }: { invoiceId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function create() {
    setError(null);
    start(async () => {
      const res = await createPayoutAction({ invoiceId });
      if (!res.ok) {
        setError(applyActionError(res, t));
        router.refresh();
        return;
      }
      router.push(`/finance/payouts/${res.data.id}`);
    });
  }

  return (
    <div className="space-y-2">
      {error && <Alert testId="create-payout-error">{error}</Alert>}
      <button type="button" className="btn-primary" disabled={busy} onClick={create} data-testid="create-payout">
        {busy ? t("common.working") : t("payouts.create")}
      </button>
    </div>
  );
}
