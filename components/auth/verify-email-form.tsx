"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { verifyEmailAction } from "@/lib/sellers/actions";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";
import { Link } from "@/lib/i18n/navigation";

export function VerifyEmailForm({ token }: { token: string }) {
  const t = useTranslations();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(
    token ? null : { ok: false, text: t("errors.verification_invalid") },
  );

  function confirm() {
    start(async () => {
      const res = await verifyEmailAction({ token });
      setResult(res.ok ? { ok: true, text: t("verifyEmail.verified") } : { ok: false, text: applyActionError(res, t) });
    });
  }

  if (result) {
    return (
      <div className="space-y-4">
        <Alert kind={result.ok ? "success" : "error"} testId="verify-result">
          {result.text}
        </Alert>
        {result.ok && <p className="text-sm text-slate-700">{t("verifyEmail.nextSteps")}</p>}
        <Link href="/login" className="btn-secondary">
          {t("verifyEmail.toLogin")}
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("verifyEmail.intro")}</p>
      <button type="button" className="btn-primary" disabled={pending} onClick={confirm} data-testid="verify-confirm">
        {pending ? t("common.working") : t("verifyEmail.confirm")}
      </button>
    </div>
  );
}
