"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useTranslations } from "next-intl";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api/actions";
import { ZCreateApiTokenInput, type CreateApiTokenInput } from "@/lib/api/api-token.schema";
import { useRouter } from "@/lib/i18n/navigation";
import { FieldError } from "@/components/ui/field-error";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export function ApiTokensPanel({ tokens }: { tokens: TokenRow[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [error, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState, setError, reset } = useForm<CreateApiTokenInput>({
    resolver: zodResolver(ZCreateApiTokenInput),
    defaultValues: { name: "" },
  });
  const when = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : t("apiTokens.never");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = await createApiTokenAction(values);
    if (!res.ok) return setFormError(applyActionError(res, t, setError));
    setCreated({ name: res.data.name, token: res.data.token });
    reset();
    router.refresh();
  });

  const revoke = (id: string) => {
    if (!window.confirm(t("apiTokens.confirmRevoke"))) return;
    startTransition(async () => {
      const res = await revokeApiTokenAction({ id });
      if (!res.ok) setFormError(applyActionError(res, t));
      router.refresh();
    });
  };

  return (
    <div className="space-y-6">
      {created && (
        <div className="card space-y-2" data-testid="token-created">
          <Alert kind="success">{t("apiTokens.created")}</Alert>
          <p className="text-sm font-medium">{created.name}</p>
          <p
            className="rounded-md bg-slate-100 p-3 font-mono text-sm break-all select-all"
            dir="ltr"
            data-testid="token-value"
          >
            {created.token}
          </p>
        </div>
      )}
      <form onSubmit={onSubmit} noValidate className="card flex flex-wrap items-end gap-3">
        {error && (
          <div className="w-full">
            <Alert testId="form-error">{error}</Alert>
          </div>
        )}
        <div className="min-w-60 flex-1">
          <label htmlFor="token-name" className="label">
            {t("apiTokens.name")}
          </label>
          <input
            id="token-name"
            className="input"
            placeholder={t("apiTokens.namePlaceholder")}
            data-testid="token-name"
            {...register("name")}
          />
          <FieldError message={formState.errors.name?.message} />
        </div>
        <button type="submit" className="btn-primary" disabled={formState.isSubmitting} data-testid="token-create">
          {formState.isSubmitting ? t("common.working") : t("apiTokens.create")}
        </button>
      </form>
      <section>
        <h2 className="mb-2 font-semibold">{t("apiTokens.tokens")}</h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="table" data-testid="tokens-table">
            <thead>
              <tr>
                <th>{t("apiTokens.name")}</th>
                <th>{t("apiTokens.prefix")}</th>
                <th>{t("apiTokens.createdAt")}</th>
                <th>{t("apiTokens.lastUsed")}</th>
                <th>{t("apiTokens.status")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {tokens.map((tk) => (
                <tr key={tk.id} data-testid="token-row">
                  <td>{tk.name}</td>
                  <td dir="ltr" className="text-start font-mono">
                    {tk.prefix}…
                  </td>
                  <td className="tabular-nums">{when(tk.createdAt)}</td>
                  <td className="tabular-nums" data-testid="token-last-used">
                    {when(tk.lastUsedAt)}
                  </td>
                  <td data-testid="token-status">{tk.revokedAt ? t("apiTokens.revoked") : t("apiTokens.active")}</td>
                  <td className="text-end">
                    {!tk.revokedAt && (
                      <button
                        type="button"
                        className="btn-danger"
                        disabled={pending}
                        onClick={() => revoke(tk.id)}
                        data-testid="token-revoke"
                      >
                        {t("apiTokens.revoke")}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
              {!tokens.length && (
                <tr>
                  <td colSpan={6} className="text-center text-slate-500">
                    {t("apiTokens.none")}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
