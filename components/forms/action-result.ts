"use client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { useTranslations } from "next-intl";

type Failure = {
  ok: false;
  error: string;
  params?: Record<string, string | number>;
  fields?: Record<string, string>;
  requestId?: string;
};

/**
 * Applies a failed ActionResult to a form: field codes go to their fields, and the returned
 * string is the translated message for the whole form.
 */
export function applyActionError<T extends FieldValues>(
  res: Failure,
  t: ReturnType<typeof useTranslations>,
  setError?: UseFormSetError<T>,
): string {
  for (const [field, code] of Object.entries(res.fields ?? {})) {
    if (setError && field !== "_form") setError(field as Path<T>, { type: "server", message: code });
  }
  const message = t.has(`errors.${res.error}`) ? t(`errors.${res.error}`, res.params ?? {}) : t("errors.unexpected");
  return res.requestId ? `${message} (${t("errors.reference")} ${res.requestId.slice(0, 8)})` : message;
}
