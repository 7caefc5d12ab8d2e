"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { updateSettingsAction } from "@/app/[locale]/(admin)/admin/actions";
import { SETTINGS, ZSettingsInput, settingChoices, type Settings } from "@/lib/settings/catalogue";
import { FieldError } from "@/components/ui/field-error";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

export function SettingsForm({ settings }: { settings: Settings }) {
  const t = useTranslations();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<z.input<typeof ZSettingsInput>>({
    resolver: zodResolver(ZSettingsInput),
    defaultValues: settings,
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const res = await updateSettingsAction(values);
    setMessage(res.ok ? { kind: "success", text: t("common.saved") } : { kind: "error", text: applyActionError(res, t, setError) });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card space-y-4">
      {message && <Alert kind={message.kind} testId="settings-message">{message.text}</Alert>}
      {(Object.keys(SETTINGS) as Array<keyof Settings>).map((key) => (
        <div key={key}>
          <label htmlFor={key} className="label">{t(`settings.keys.${key.replace(".", "_")}`)}</label>
          {settingChoices(key) ? (
            <select id={key} className="input max-w-sm" {...register(key)}>
              {settingChoices(key)!.map((c) => <option key={c} value={c}>{t(`settings.choices.${c}`)}</option>)}
            </select>
          ) : (
            <input id={key} type="number" className="input max-w-40" {...register(key, { valueAsNumber: true })} />
          )}
          <FieldError message={formState.errors[key]?.message} />
        </div>
      ))}
      <button type="submit" className="btn-primary" disabled={formState.isSubmitting}>{t("common.save")}</button>
    </form>
  );
}
