"use client";
import { useTranslations } from "next-intl";

/** Ticks or clears every checkbox named `name` inside the form `formId`. */
export function SelectAll({ formId, name, testId = "select-all" }: { formId: string; name: string; testId?: string }) {
  const t = useTranslations("delivery");
  return (
    <input
      type="checkbox"
      aria-label={t("selectAll")}
      data-testid={testId}
      onChange={(e) =>
        document.querySelectorAll<HTMLInputElement>(`#${formId} input[name="${name}"]`).forEach((i) => {
          i.checked = e.target.checked;
        })
      }
    />
  );
}
