"use client";
import { useTranslations } from "next-intl";

/** Ticks or clears every order checkbox of the queue table. */
export function SelectAll() {
  const t = useTranslations("callcenter.queue");
  return (
    <input
      type="checkbox"
      aria-label={t("selectAll")}
      data-testid="select-all"
      onChange={(e) =>
        document.querySelectorAll<HTMLInputElement>('#queue-form input[name="order"]').forEach((i) => {
          i.checked = e.target.checked;
        })
      }
    />
  );
}
