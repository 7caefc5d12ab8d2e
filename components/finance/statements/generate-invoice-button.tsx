"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { generateInvoiceAction } from "@/lib/finance/statements/actions";
import { applyActionError } from "@/components/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { useRouter } from "@/lib/i18n/navigation";

/** Issues the invoice of exactly the statement on screen (its fingerprint), then opens it. */
export function GenerateInvoiceButton({
  sellerId,
  from,
  to,
  fingerprint,
}: {
  sellerId: string;
  from: string;
  to: string;
  fingerprint: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function generate() {
    setError(null);
    start(async () => {
      const res = await generateInvoiceAction({ sellerId, from, to, fingerprint });
      if (!res.ok) {
        setError(applyActionError(res, t));
        if (res.error === "statement_changed" || res.error === "statement_empty" || res.error === "conflict")
          router.refresh();
        return;
      }
      router.push(`/finance/invoices/${res.data.id}`);
    });
  }

  return (
    <div className="space-y-2">
      {error && <Alert testId="generate-invoice-error">{error}</Alert>}
      <button type="button" className="btn-primary" disabled={busy} onClick={generate} data-testid="generate-invoice">
        {busy ? t("common.working") : t("statements.generate")}
      </button>
    </div>
  );
}
