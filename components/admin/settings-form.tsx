"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { z } from "zod";
import { updateSettingsAction } from "@/lib/settings/actions";
import { SETTINGS, settingChoices, type SettingKey, type Settings } from "@/lib/settings/catalogue";
import { FieldError } from "@/components/ui/field-error";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

// Setting keys contain dots ("session.idleMinutes"), which react-hook-form reads as nested
// paths; the form names each field with "__" instead and maps back on submit.
const fieldName = (key: SettingKey) => key.replace(".", "__");
const KEYS = Object.keys(SETTINGS) as SettingKey[];
const ZForm = z.object(Object.fromEntries(KEYS.map((k) => [fieldName(k), SETTINGS[k]]))).strict();
type FormValues = Record<string, unknown>;

export function SettingsForm({ settings }: { settings: Settings }) {
  const t = useTranslations();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<FormValues>({
    resolver: zodResolver(ZForm) as never,
    defaultValues: Object.fromEntries(KEYS.map((k) => [fieldName(k), settings[k]])),
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const res = await updateSettingsAction(Object.fromEntries(KEYS.map((k) => [k, values[fieldName(k)]])) as Settings);
    if (res.ok) return setMessage({ kind: "success", text: t("common.saved") });
    const fields = Object.fromEntries(Object.entries(res.fields ?? {}).map(([k, v]) => [k.replace(".", "__"), v]));
    setMessage({ kind: "error", text: applyActionError({ ...res, fields }, t, setError) });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card space-y-4">
      {message && (
        <Alert kind={message.kind} testId="settings-message">
          {message.text}
        </Alert>
      )}
      {KEYS.map((key) => {
        const name = fieldName(key);
        const choices = settingChoices(key);
        return (
          <div key={key}>
            <label htmlFor={key} className="label">
              {t(`settings.keys.${key.replace(".", "_")}`)}
            </label>
            {choices ? (
              <select id={key} className="input max-w-sm" {...register(name)}>
                {choices.map((c) => (
                  <option key={c} value={c}>
                    {t(`settings.choices.${c}`)}
                  </option>
                ))}
              </select>
            ) : (
              <input id={key} type="number" className="input max-w-40" {...register(name, { valueAsNumber: true })} />
            )}
            <FieldError message={formState.errors[name]?.message as string | undefined} />
          </div>
        );
      })}
      <button type="submit" className="btn-primary" disabled={formState.isSubmitting}>
        {t("common.save")}
      </button>
    </form>
  );
}
