"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { createUserAction } from "@/lib/users/actions";
import { ZCreateUserInput, type CreateUserInput } from "@/lib/users/create-user.schema";
import { Link } from "@/lib/i18n/navigation";
import { FieldError } from "@/components/ui/field-error";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

export function CreateUserForm({ roles }: { roles: Array<{ id: string; name: string }> }) {
  const t = useTranslations();
  const [error, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ userId: string; email: string; temporaryPassword: string } | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<CreateUserInput>({
    resolver: zodResolver(ZCreateUserInput),
    defaultValues: { email: "", name: "", phone: "", roleId: "", locale: "en" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = await createUserAction(values);
    if (!res.ok) return setFormError(applyActionError(res, t, setError));
    setCreated(res.data);
  });

  if (created) {
    return (
      <div className="card space-y-3" data-testid="user-created">
        <Alert kind="success">{t("users.created", { email: created.email })}</Alert>
        <p className="text-sm text-slate-700">{t("users.tempPasswordOnce")}</p>
        <p className="rounded-md bg-slate-100 p-3 font-mono text-lg select-all" dir="ltr" data-testid="temp-password">
          {created.temporaryPassword}
        </p>
        <Link href={`/admin/users/${created.userId}`} className="btn-secondary">
          {t("users.openUser")}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="card space-y-4">
      {error && <Alert testId="form-error">{error}</Alert>}
      <div>
        <label htmlFor="name" className="label">
          {t("users.name")}
        </label>
        <input id="name" className="input" {...register("name")} />
        <FieldError message={formState.errors.name?.message} />
      </div>
      <div>
        <label htmlFor="email" className="label">
          {t("users.email")}
        </label>
        <input id="email" type="email" dir="ltr" className="input" {...register("email")} />
        <FieldError message={formState.errors.email?.message} />
      </div>
      <div>
        <label htmlFor="phone" className="label">
          {t("users.phone")}
        </label>
        <input id="phone" type="tel" dir="ltr" className="input" {...register("phone")} />
      </div>
      <div>
        <label htmlFor="roleId" className="label">
          {t("users.role")}
        </label>
        <select id="roleId" className="input" {...register("roleId")}>
          <option value="">{t("users.chooseRole")}</option>
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        <FieldError message={formState.errors.roleId?.message} />
      </div>
      <div>
        <label htmlFor="locale" className="label">
          {t("users.language")}
        </label>
        <select id="locale" className="input" {...register("locale")}>
          <option value="en">{t("locale.en")}</option>
          <option value="ar">{t("locale.ar")}</option>
        </select>
      </div>
      <button type="submit" className="btn-primary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("common.working") : t("users.create")}
      </button>
    </form>
  );
}
