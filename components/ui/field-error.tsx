"use client";
import { useTranslations } from "next-intl";

/** Shows a field's error, translating the message key from zod or the server. */
export function FieldError({ message, id }: { message?: string; id?: string }) {
  const t = useTranslations("validation");
  if (!message) return null;
  const key = /^[a-z_]+(\.[a-z_]+)*$/.test(message) ? message : "invalid";
  return (
    <p id={id} className="field-error" role="alert">
      {t.has(key) ? t(key) : t("invalid")}
    </p>
  );
}
