"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { resolveHandoverAction } from "@/lib/finance/cod/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { applyActionError } from "@/components/forms/action-result";
import { ZResolveHandoverInput, type ResolveHandoverInput } from "@/lib/finance/cod/resolve-handover.schema";

/** Settles a disputed handover with a note saying how the difference was dealt with. */
export function ResolveHandoverForm({ handoverId, version }: { handoverId: string; version: number }) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<
    ResolveHandoverInput,
    unknown,
    z.output<typeof ZResolveHandoverInput>
  >({
    resolver: zodResolver(ZResolveHandoverInput),
    defaultValues: { handoverId, version, note: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const res = await resolveHandoverAction(values);
    if (!res.ok) {
      setMessage(applyActionError(res, t, setError));
      if (res.error === "conflict") router.refresh();
      return;
    }
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card space-y-3" data-testid="resolve-form">
      <h2 className="font-semibold">{t("cod.resolve.title")}</h2>
      <p className="text-sm text-slate-600">{t("cod.resolve.help")}</p>
      {message && <Alert testId="resolve-error">{message}</Alert>}
      <div>
        <label htmlFor="resolve-note" className="label">
          {t("cod.resolve.note")} *
        </label>
        <textarea
          id="resolve-note"
          rows={3}
          className="input"
          aria-invalid={!!formState.errors.note}
          data-testid="resolve-note"
          {...register("note")}
        />
        <FieldError message={formState.errors.note?.message} />
      </div>
      <button type="submit" className="btn-primary" disabled={formState.isSubmitting} data-testid="resolve-submit">
        {formState.isSubmitting ? t("common.working") : t("cod.resolve.submit")}
      </button>
    </form>
  );
}
