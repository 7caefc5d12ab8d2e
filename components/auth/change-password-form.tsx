"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { changePasswordAction } from "@/lib/auth/actions";
import { ZChangePasswordInput, type ChangePasswordInput } from "@/lib/auth/change-password.schema";
import { FieldError } from "@/components/ui/field-error";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

export function ChangePasswordForm() {
  const t = useTranslations();
  const locale = useLocale();
  const [error, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<ChangePasswordInput>({
    resolver: zodResolver(ZChangePasswordInput),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = await changePasswordAction(values);
    if (!res.ok) return setFormError(applyActionError(res, t, setError));
    window.location.assign(`/${locale}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error && <Alert testId="form-error">{error}</Alert>}
      <div>
        <label htmlFor="currentPassword" className="label">
          {t("changePassword.current")}
        </label>
        <input
          id="currentPassword"
          type="password"
          autoComplete="current-password"
          dir="ltr"
          className="input"
          {...register("currentPassword")}
        />
        <FieldError message={formState.errors.currentPassword?.message} />
      </div>
      <div>
        <label htmlFor="newPassword" className="label">
          {t("changePassword.new")}
        </label>
        <input
          id="newPassword"
          type="password"
          autoComplete="new-password"
          dir="ltr"
          className="input"
          {...register("newPassword")}
        />
        <p className="mt-1 text-xs text-slate-500">{t("changePassword.rules")}</p>
        <FieldError message={formState.errors.newPassword?.message} />
      </div>
      <div>
        <label htmlFor="confirmPassword" className="label">
          {t("changePassword.confirm")}
        </label>
        <input
          id="confirmPassword"
          type="password"
          autoComplete="new-password"
          dir="ltr"
          className="input"
          {...register("confirmPassword")}
        />
        <FieldError message={formState.errors.confirmPassword?.message} />
      </div>
      <button type="submit" className="btn-primary w-full" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("common.working") : t("changePassword.submit")}
      </button>
    </form>
  );
}
