"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { closeReturnAction } from "@/lib/returns/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

export function CloseReturnButton({ returnId, version }: { returnId: string; version: number }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      {error && <Alert testId="close-message">{error}</Alert>}
      <button
        type="button"
        className="btn-primary"
        disabled={busy}
        data-testid="close-return"
        onClick={() =>
          start(async () => {
            setError(null);
            const res = await closeReturnAction({ returnId, version });
            if (!res.ok) return setError(applyActionError(res, t));
            router.refresh();
          })
        }
      >
        {busy ? t("common.working") : t("returns.close.button")}
      </button>
      <p className="text-xs text-slate-500">{t("returns.close.hint")}</p>
    </div>
  );
}
