"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { decodeAuthError } from "@/lib/auth/auth-error";
import { FieldError } from "@/components/ui/field-error";

const ZLoginForm = z.object({
  email: z.string().trim().min(1, "required").email("invalid_email"),
  password: z.string().min(1, "required"),
  remember: z.boolean(),
});
type LoginForm = z.infer<typeof ZLoginForm>;

export function LoginForm() {
  const t = useTranslations();
  const locale = useLocale();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<LoginForm>({
    resolver: zodResolver(ZLoginForm),
    defaultValues: { email: "", password: "", remember: false },
  });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const res = await signIn("credentials", {
      email: values.email,
      password: values.password,
      remember: String(values.remember),
      redirect: false,
    });
    if (!res || res.error) {
      const { code, params } = decodeAuthError(res?.error);
      setError(t(`errors.${code}`, params));
      return;
    }
    // A full navigation, so the server renders with the new session cookie and sends the
    // user to their landing page in their saved language.
    window.location.assign(`/${locale}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error && (
        <div
          role="alert"
          data-testid="login-error"
          className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800"
        >
          {error}
        </div>
      )}
      <div>
        <label htmlFor="email" className="label">
          {t("login.email")}
        </label>
        <input id="email" type="email" autoComplete="username" dir="ltr" className="input" {...register("email")} />
        <FieldError message={formState.errors.email?.message} />
      </div>
      <div>
        <label htmlFor="password" className="label">
          {t("login.password")}
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          dir="ltr"
          className="input"
          {...register("password")}
        />
        <FieldError message={formState.errors.password?.message} />
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" className="size-4" {...register("remember")} />
        {t("login.remember")}
      </label>
      <button type="submit" className="btn-primary w-full" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("common.working") : t("login.submit")}
      </button>
    </form>
  );
}
